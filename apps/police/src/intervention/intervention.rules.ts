import type { SituationType } from '@qz/contracts';
import type { LocalDate } from '@qz/kernel';
import type { MeasureKind } from '../cases/case.types';

/** 四(二)5: the grounds on which a petition to the court to revoke guardianship may be filed. */
export const REVOCATION_GROUNDS = [
  /** 置于无人监管和照看状态导致其面临危险且经教育不改 */
  'ENDANGERMENT_NOT_CORRECTED',
  /** 拒不履行监护职责6个月以上导致儿童生活无着 */
  'REFUSED_DUTIES_SIX_MONTHS',
  /** 实施以及放纵他人实施侵害儿童行为、遗弃儿童导致其身心健康严重受损 */
  'SERIOUS_HARM_OR_ABANDONMENT',
] as const;
export type RevocationGround = (typeof REVOCATION_GROUNDS)[number];

/** 四(二)5: what police do to a guardian who neglects or harms the child. */
export const INTERVENTION_KINDS = [
  'CRITICISM_EDUCATION',
  'PUBLIC_SECURITY_PENALTY',
  'CRIMINAL_CASE',
] as const;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];

/** One recorded fact about the child: a report, a measure or an intervention, from any of its cases. */
export interface HistoryItem {
  on: LocalDate;
  caseId: string;
  kind: 'REPORT' | 'MEASURE' | 'INTERVENTION' | 'ORDER';
  type: SituationType | MeasureKind | InterventionKind | 'ORDER_NOT_COMPLIED';
  id: string;
}

export interface GroundCheck {
  ground: RevocationGround;
  supported: boolean;
  reason: string;
  evidence: HistoryItem[];
}

export const REFUSAL_MONTHS = 6;
/**
 * 四(二)5 拒不履行: only a recorded refusal of the guardian counts for the 6-month ground — a report
 * that the guardian does not perform, or a police check finding an order to return or to name an
 * entrusted guardian (四(二)3 责令) not complied with.
 */
const REFUSAL: readonly string[] = ['GUARDIAN_NOT_PERFORMING', 'ORDER_NOT_COMPLIED'];
const isRefusal = (h: HistoryItem) => (h.kind === 'REPORT' || h.kind === 'ORDER') && REFUSAL.includes(h.type);
/** 置于无人监管和照看状态: reports of a child left without care. */
const NEGLECT: readonly string[] = ['GUARDIAN_NOT_PERFORMING', 'LEFT_ALONE', 'NEGLECT'];
const HARM: readonly string[] = [
  'SUSPECTED_DOMESTIC_VIOLENCE',
  'SUSPECTED_ACCIDENT_OR_HARM',
  'CRIMINAL_CASE_OPENED',
  'CRIMINAL_CASE',
];
/** Police education of the guardian: an admonishment on the case (训诫) or criticism and education. */
const ADMONISHMENT: readonly string[] = ['ADMONISH_GUARDIAN', 'CRITICISM_EDUCATION'];

const shiftMonths = (on: LocalDate, months: number): LocalDate => {
  const [y, m, d] = on.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
};

/** The date `months` calendar months before `on` (the 31st falls back to the month's last day). */
export const monthsBefore = (on: LocalDate, months: number): LocalDate => shiftMonths(on, -months);

/** The date `months` calendar months after `on` (the 31st falls back to the month's last day). */
export const monthsAfter = (on: LocalDate, months: number): LocalDate => shiftMonths(on, months);

/**
 * Rule 四(二)5 拒不履行监护职责6个月以上: the guardian was educated by police (an admonishment or
 * criticism and education, on the earliest such date), and refusals recorded AFTER that day
 * (reports of type GUARDIAN_NOT_PERFORMING, and checks finding an order of 四(二)3 not complied
 * with — a dropout, a missing agreement or a child found alone are not a refusal) span at least six calendar months: the last is on or after the day six
 * calendar months after the first (2026-03-11 → 2026-09-11 is enough, 2026-09-10 is not; the 31st
 * falls back to the month's last day). Refusals the same day as the education count as before it.
 */
function checkRefusal(past: HistoryItem[], petitionOn: LocalDate): GroundCheck {
  const ground = 'REFUSED_DUTIES_SIX_MONTHS' as const;
  const educated = past.find((h) => h.kind !== 'REPORT' && ADMONISHMENT.includes(h.type));
  if (!educated)
    return {
      ground,
      supported: false,
      reason: `no police education (训诫/教育) of the guardian is recorded; refusal counts only after it`,
      evidence: [],
    };
  const refusals = past.filter((h) => isRefusal(h) && h.on > educated.on);
  if (!refusals.length)
    return {
      ground,
      supported: false,
      reason: `no refusal of guardianship duties is recorded after the police education on ${educated.on}`,
      evidence: [educated],
    };
  const first = refusals[0];
  const last = refusals[refusals.length - 1];
  const needed = monthsAfter(first.on, REFUSAL_MONTHS);
  if (last.on < needed)
    return {
      ground,
      supported: false,
      reason: `refusal recorded after the police education on ${educated.on} runs from ${first.on} to ${last.on}, less than ${REFUSAL_MONTHS} months (a refusal on or after ${needed} and on or before ${petitionOn} is needed)`,
      evidence: [educated, ...refusals],
    };
  return {
    ground,
    supported: true,
    reason: `educated by police on ${educated.on}, refusal recorded from ${first.on} to ${last.on}, ${REFUSAL_MONTHS} months or more`,
    evidence: [educated, ...refusals],
  };
}

/**
 * Rule 四(二)5: checks a revocation ground against the child's recorded history and returns the
 * evidence. REFUSED_DUTIES_SIX_MONTHS: see checkRefusal; ENDANGERMENT_NOT_CORRECTED needs an
 * admonishment of the guardian and a later report of neglect; SERIOUS_HARM_OR_ABANDONMENT a report
 * of violence or harm or a criminal case.
 */
export function checkGround(
  ground: RevocationGround,
  history: HistoryItem[],
  petitionOn: LocalDate,
): GroundCheck {
  const past = [...history].filter((h) => h.on <= petitionOn).sort((a, b) => a.on.localeCompare(b.on));
  if (ground === 'REFUSED_DUTIES_SIX_MONTHS') return checkRefusal(past, petitionOn);
  if (ground === 'ENDANGERMENT_NOT_CORRECTED') {
    const admonished = past.find((h) => ADMONISHMENT.includes(h.type));
    const after = admonished
      ? past.filter((h) => NEGLECT.includes(h.type) && h.on >= admonished.on && h.kind === 'REPORT')
      : [];
    if (!admonished)
      return {
        ground,
        supported: false,
        reason: 'no admonishment (训诫教育) of the guardian is recorded',
        evidence: [],
      };
    if (!after.length)
      return {
        ground,
        supported: false,
        reason: `nothing recorded since the admonishment on ${admonished.on} shows the guardian did not correct`,
        evidence: [admonished],
      };
    return {
      ground,
      supported: true,
      reason: `admonished on ${admonished.on}, neglect reported again on ${after[0].on}`,
      evidence: [admonished, ...after],
    };
  }
  const harm = past.filter((h) => HARM.includes(h.type));
  return harm.length
    ? {
        ground,
        supported: true,
        reason: `harm recorded on ${harm.map((h) => h.on).join(', ')}`,
        evidence: harm,
      }
    : {
        ground,
        supported: false,
        reason: 'no report of violence or harm and no criminal case is recorded',
        evidence: [],
      };
}
