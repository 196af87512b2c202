import type { SituationType, TemporaryCareEndedPayload, TemporaryCareStartedPayload } from '@qz/contracts';
import { CASE_STATUSES, type CaseStatus, type MeasureKind, type StoredMeasure } from './case.types';
import type { ErrorCode } from '@qz/kernel';

/**
 * 四(二)3 第一时间出警: minutes from a report to dispatch, per situation type. The policy gives no
 * numbers; these are the defaults until the city sets its own (`setDispatchSla`, kept as data).
 */
export const DEFAULT_DISPATCH_SLA_MINUTES: Record<SituationType, number> = {
  SUSPECTED_DOMESTIC_VIOLENCE: 15,
  MISSING: 15,
  SUSPECTED_ACCIDENT_OR_HARM: 15,
  LEFT_ALONE: 60,
  GUARDIAN_LOST_CAPACITY: 120,
  GUARDIAN_NOT_PERFORMING: 240,
  NEGLECT: 60,
  DROPOUT: 240,
  TRUANCY_RISK: 240,
  MISSING_AGREEMENT: 240,
};

export const MAX_SLA_MINUTES = 7 * 24 * 60;

export const dispatchDueAt = (receivedAt: Date, slaMinutes: number) =>
  new Date(receivedAt.getTime() + slaMinutes * 60_000);

/** A case not yet dispatched whose due time has passed. */
export const isDispatchOverdue = (c: { status: CaseStatus; dispatchDueAt: Date }, now: Date) =>
  c.status === 'REPORTED' && c.dispatchDueAt.getTime() < now.getTime();

/** Raised once: an overdue case that was already escalated is not escalated again. */
export const needsEscalation = (
  c: { status: CaseStatus; dispatchDueAt: Date; escalatedAt: Date | null },
  now: Date,
) => isDispatchOverdue(c, now) && !c.escalatedAt;

export const minutesBetween = (from: Date, to: Date) =>
  Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60_000));

/** The actions on a case and the statuses each may start from; anything else is refused. */
export const TRANSITIONS = {
  dispatch: { from: ['REPORTED'], to: 'DISPATCHED' },
  notifyTownship: { from: ['DISPATCHED'], to: 'TOWNSHIP_NOTIFIED' },
  recordAssessment: { from: ['TOWNSHIP_NOTIFIED'], to: 'ASSESSED' },
  close: { from: ['ASSESSED'], to: 'CLOSED' },
} as const satisfies Record<string, { from: readonly CaseStatus[]; to: CaseStatus }>;
export type CaseAction = keyof typeof TRANSITIONS;

/** Measures are recorded once police are on the case and until it is closed. */
export const MEASURE_STATUSES: readonly CaseStatus[] = ['DISPATCHED', 'TOWNSHIP_NOTIFIED', 'ASSESSED'];

/**
 * Why `action` cannot start from `status`, as an error code, or null when it can. The order of
 * the flow is 四(二)3–4: dispatch, response, notification of the township, assessment, closure.
 */
export function refusal(
  action: CaseAction | 'recordMeasure' | 'whileOpen',
  status: CaseStatus,
): ErrorCode | null {
  if (status === 'CLOSED') return 'CASE_CLOSED';
  if (action === 'whileOpen') return null;
  if (action === 'recordMeasure') return MEASURE_STATUSES.includes(status) ? null : 'CASE_NOT_DISPATCHED';
  if ((TRANSITIONS[action].from as readonly CaseStatus[]).includes(status)) return null;
  if (CASE_STATUSES.indexOf(status) >= CASE_STATUSES.indexOf(TRANSITIONS[action].to))
    return action === 'dispatch' ? 'CASE_ALREADY_DISPATCHED' : 'ILLEGAL_TRANSITION';
  if (status === 'REPORTED') return 'CASE_NOT_DISPATCHED';
  if (status === 'DISPATCHED') return 'TOWNSHIP_NOT_NOTIFIED';
  if (status === 'TOWNSHIP_NOTIFIED' && action === 'close') return 'ASSESSMENT_NOT_RECORDED';
  return 'ILLEGAL_TRANSITION';
}

/**
 * 四(二)3: what each measure must name. Temporary care by a rescue or welfare institution comes
 * with a written handover; an escort names the shelter; a criminal case its number; an entrusted
 * guardian their name; an exhortation (劝诫, 四(一)1) the parents' work unit or village committee
 * that gave it (police's own warning is ADMONISH_GUARDIAN, 训诫).
 */
export function missingMeasureDetail(
  kind: MeasureKind,
  m: { counterpart?: string | null; handoverDocument?: string | null; careOutcome?: string | null },
): 'counterpart' | 'handoverDocument' | 'careOutcome' | null {
  const needsCounterpart: MeasureKind[] = [
    'ENTRUSTED_GUARDIAN_SET',
    'EXHORT_GUARDIAN',
    'TEMPORARY_CARE',
    'TEMPORARY_CARE_ENDED',
    'VIOLENCE_STOPPED_ESCORTED_TO_SHELTER',
    'CRIMINAL_CASE_OPENED',
  ];
  const careHandover = kind === 'TEMPORARY_CARE' || kind === 'TEMPORARY_CARE_ENDED';
  if (needsCounterpart.includes(kind) && !m.counterpart?.trim()) return 'counterpart';
  if (careHandover && !m.handoverDocument?.trim()) return 'handoverDocument';
  if (kind === 'TEMPORARY_CARE_ENDED' && !m.careOutcome) return 'careOutcome';
  return null;
}

/**
 * 四(二)3: the TEMPORARY_CARE measure of the case still running — recorded and not followed by a
 * TEMPORARY_CARE_ENDED — or null. Its end needs one; the case does not close while one runs.
 */
export function openTemporaryCare(measures: readonly StoredMeasure[]): StoredMeasure | null {
  let open: StoredMeasure | null = null;
  for (const m of [...measures].sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime())) {
    if (m.kind === 'TEMPORARY_CARE') open = m;
    if (m.kind === 'TEMPORARY_CARE_ENDED') open = null;
  }
  return open;
}

/**
 * 四(二)3: a TEMPORARY_CARE_ENDED measure ends the care `started` (with its written handover to
 * whom the child went); the registry learns it (police.temporary-care.ended). The event's payload,
 * or null when the measure is of another kind or the child is not identified yet.
 */
export function temporaryCareEnded(
  c: { id: string; childId: string | null; regionCode: string },
  m: Pick<StoredMeasure, 'id' | 'kind' | 'counterpart' | 'handoverDocument' | 'careOutcome' | 'takenAt'>,
  started: Pick<StoredMeasure, 'id'>,
): TemporaryCareEndedPayload | null {
  if (m.kind !== 'TEMPORARY_CARE_ENDED' || !c.childId) return null;
  if (!m.counterpart || !m.handoverDocument || !m.careOutcome) return null;
  return {
    caseId: c.id,
    measureId: m.id,
    startedMeasureId: started.id,
    childId: c.childId,
    regionCode: c.regionCode,
    outcome: m.careOutcome,
    handedTo: m.counterpart,
    handoverDocument: m.handoverDocument,
    endedAt: m.takenAt.toISOString(),
  };
}

/**
 * 四(二)3 临时照料: a TEMPORARY_CARE measure on an identified child's case puts the child in an
 * institution's temporary care; the registry learns it (police.temporary-care.started) and
 * records the child as temporarily without family support (四(一) category 4). The event's
 * payload, or null when the measure is of another kind or the child is not identified yet.
 */
export function temporaryCareStarted(
  c: { id: string; childId: string | null; regionCode: string },
  m: Pick<StoredMeasure, 'id' | 'kind' | 'counterpart' | 'handoverDocument' | 'takenAt'>,
): TemporaryCareStartedPayload | null {
  if (m.kind !== 'TEMPORARY_CARE' || !c.childId || !m.counterpart || !m.handoverDocument) return null;
  return {
    caseId: c.id,
    measureId: m.id,
    childId: c.childId,
    regionCode: c.regionCode,
    institution: m.counterpart,
    handoverDocument: m.handoverDocument,
    startedAt: m.takenAt.toISOString(),
  };
}
