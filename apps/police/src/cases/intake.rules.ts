import type {
  DangerSign,
  GuardianshipEscalatedPayload,
  MandatoryReportRaisedPayload,
  ReportChannel,
  ReporterKind,
  SituationType,
} from '@qz/contracts';
import type { Role } from '@qz/identity';
import type { CaseDocument } from './case.schema';
import type { CaseStatus, StoredReport } from './case.types';

/**
 * 四(二)2 强制报告: the bodies (and their staff) that must report to police at once — schools,
 * hospitals, village (residents') committees, social-work agencies, rescue agencies, welfare
 * institutions. Registry alerts come from the village committee's ledger and count as theirs.
 */
export const DUTY_BEARERS: readonly ReporterKind[] = [
  'SCHOOL',
  'HOSPITAL',
  'VILLAGE_COMMITTEE',
  'SOCIAL_WORK_AGENCY',
  'RESCUE_AGENCY',
  'WELFARE_INSTITUTION',
  'REGISTRY_ALERT',
];

/**
 * 四(二)2: duty-bearers enter their own reports, as the body they work for — welfare institutions
 * and rescue centres too; 四(一)2: prisons and compulsory drug-rehabilitation centres report an
 * inmate's child who lacks a guardian. Police take any report (a call from the public, a
 * duty-bearer on the phone).
 */
export const REPORTER_KINDS_OF_ROLE: Partial<Record<Role, readonly ReporterKind[]>> = {
  SCHOOL_STAFF: ['SCHOOL'],
  EDUCATION_OFFICER: ['SCHOOL'],
  HEALTH_OFFICER: ['HOSPITAL'],
  VILLAGE_SUPERVISOR: ['VILLAGE_COMMITTEE'],
  CHILD_SOCIAL_WORKER: ['SOCIAL_WORK_AGENCY'],
  INSTITUTION_STAFF: ['WELFARE_INSTITUTION', 'RESCUE_AGENCY'],
  CUSTODY_STAFF: ['PRISON', 'DRUG_REHABILITATION_CENTRE'],
};

/** The kinds the asker may report as, when `kind` is not one of them (null: allowed). */
export function reporterKindRefusal(
  roles: readonly Role[],
  kind: ReporterKind,
): readonly ReporterKind[] | null {
  if (roles.includes('POLICE_OFFICER')) return null;
  const allowed = [...new Set(roles.flatMap((r) => REPORTER_KINDS_OF_ROLE[r] ?? []))];
  return allowed.includes(kind) ? null : allowed;
}

export const isMandatoryReporter = (kind: ReporterKind) => DUTY_BEARERS.includes(kind);

/** What a report writes on its case's timeline. */
export const reportNote = (r: Pick<StoredReport, 'reporterKind' | 'channel' | 'situationType'>) =>
  `${r.reporterKind} via ${r.channel}: ${r.situationType}`;

/** The case a first report opens: reported, on the report's dispatch clock, nothing done yet. */
export function openedCase(id: string, report: StoredReport, by: string, at: Date): CaseDocument {
  return {
    _id: id,
    status: 'REPORTED',
    childId: report.childId,
    childDescription: report.childDescription,
    regionCode: report.regionCode,
    situationType: report.situationType,
    reports: [report],
    reportKeys: [report.sourceKey],
    slaMinutes: report.slaMinutes,
    dispatchDueAt: report.dispatchDueAt,
    escalatedAt: null,
    dispatch: null,
    measures: [],
    notification: null,
    assessment: null,
    interventions: [],
    petitions: [],
    reportingFailures: [],
    hasReportingFailures: false,
    closure: null,
    timeline: [{ at, by, action: 'REPORT_RECEIVED', from: null, to: 'REPORTED', note: reportNote(report) }],
    openedAt: at,
    revision: 1,
  };
}

/** A case still being worked: a new report about its child joins it instead of opening another. */
export const isOpen = (status: CaseStatus) => status !== 'CLOSED';

/**
 * 四(二)2: a report about a child already in an open case is linked to it, not duplicated. An
 * unidentified child never matches (a description is not an identity).
 */
export function caseToJoin<C extends { status: CaseStatus; childId: string | null }>(
  childId: string | null,
  cases: C[],
): C | undefined {
  if (!childId) return undefined;
  return cases.find((c) => c.childId === childId && isOpen(c.status));
}

/** 四(二)2: a report names the child, or describes an unidentified one. */
export const identifiesChild = (childId: string | null | undefined, description: string | null | undefined) =>
  Boolean(childId?.trim() || description?.trim());

/**
 * 四(二)2 / 四(二)5: a school's mandatory report keeps what the school saw — a dropout, a truancy
 * risk, a child with no guardian acting (neglect). None of them is a recorded refusal of the
 * guardian (GUARDIAN_NOT_PERFORMING), which only a report saying so is.
 */
export const SCHOOL_CONCERN_SITUATION: Record<MandatoryReportRaisedPayload['concern'], SituationType> = {
  DROPOUT: 'DROPOUT',
  TRUANCY_RISK: 'TRUANCY_RISK',
  MISSING_GUARDIANSHIP: 'NEGLECT',
};
export const situationOfSchoolReport = (concern: MandatoryReportRaisedPayload['concern']): SituationType =>
  SCHOOL_CONCERN_SITUATION[concern];

/**
 * 四(一)3 / 四(二)2 / 四(二)5: a left-behind child without a valid entrusted guardian is first the
 * township's and village's task (the registry's follow-up with its deadline), never a police report
 * by itself. Police take it only when it is escalated — not put right by the deadline — and then as
 * a missing agreement (a missing paper is not a refusal of the duty, GUARDIAN_NOT_PERFORMING).
 */
export const ESCALATED_GUARDIANSHIP_SITUATION: Record<
  GuardianshipEscalatedPayload['situation'],
  SituationType
> = {
  NO_AGREEMENT: 'MISSING_AGREEMENT',
  AGREEMENT_ENDED: 'MISSING_AGREEMENT',
};

/**
 * 四(二)2–3: what a danger sign found on a visit reports — abuse as suspected domestic violence,
 * an injury as suspected harm, nobody caring for the child as neglect, a child living alone as
 * LEFT_ALONE. None is a guardian's recorded refusal (GUARDIAN_NOT_PERFORMING, 四(二)5).
 */
export const DANGER_SIGN_SITUATION: Record<DangerSign, SituationType> = {
  ABUSE: 'SUSPECTED_DOMESTIC_VIOLENCE',
  INJURY: 'SUSPECTED_ACCIDENT_OR_HARM',
  LIVING_ALONE: 'LEFT_ALONE',
  NO_CARE: 'NEGLECT',
};
/** The order in which one visit's signs name its report: violence first, then harm, then care. */
const DANGER_FIRST: readonly DangerSign[] = ['ABUSE', 'INJURY', 'LIVING_ALONE', 'NO_CARE'];

/** 四(二)2–3: the situation of a visit's report, from the gravest of the signs it found. */
export function situationOfDangerSigns(signs: readonly DangerSign[]): SituationType {
  const gravest = DANGER_FIRST.find((s) => signs.includes(s));
  if (!gravest) throw new Error('a danger report names at least one sign (the contract requires it)');
  return DANGER_SIGN_SITUATION[gravest];
}

/** 四(二)2: the channels through which the public reports (110, Weibo/WeChat, news hotline, assistance phone). */
export const PUBLIC_CHANNELS: readonly ReportChannel[] = [
  'CALL_110',
  'WECHAT',
  'WEIBO',
  'NEWS_HOTLINE',
  'ASSISTANCE_PHONE',
];

/**
 * Why a report entered by hand cannot come from this reporter through this channel, or null:
 * department events are only taken from the events themselves; the public reports through the
 * public channels (a duty-bearer may use any of them or report directly).
 */
export function channelRefusal(
  kind: ReporterKind,
  channel: ReportChannel,
): 'REPORT_CHANNEL_RESERVED' | 'REPORT_CHANNEL_MISMATCH' | null {
  if (channel === 'DEPARTMENT_EVENT' || kind === 'REGISTRY_ALERT') return 'REPORT_CHANNEL_RESERVED';
  if (kind === 'PUBLIC' && !PUBLIC_CHANNELS.includes(channel)) return 'REPORT_CHANNEL_MISMATCH';
  return null;
}
