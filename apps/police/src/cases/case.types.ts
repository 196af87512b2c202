import type { ReportChannel, ReporterKind, SituationType, TemporaryCareOutcome } from '@qz/contracts';

/** A case's place in the flow of 四(二)3–4; every change is a transition recorded on the timeline. */
export const CASE_STATUSES = ['REPORTED', 'DISPATCHED', 'TOWNSHIP_NOTIFIED', 'ASSESSED', 'CLOSED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** 四(二)3 response measures (应急处置), each a recorded action. */
export const MEASURE_KINDS = [
  'ORDER_PARENTS_RETURN',
  'ENTRUSTED_GUARDIAN_SET',
  'ADMONISH_GUARDIAN',
  'EXHORT_GUARDIAN',
  'TEMPORARY_CARE',
  'TEMPORARY_CARE_ENDED',
  'MISSING_CHILD_SEARCH',
  'VIOLENCE_STOPPED_ESCORTED_TO_SHELTER',
  'CRIMINAL_CASE_OPENED',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export interface StoredReport {
  id: string;
  /** The event or external reference the report came from; one report per source. */
  sourceKey: string;
  situationType: SituationType;
  reporterKind: ReporterKind;
  reporterOrganisation: string | null;
  /** Null for an anonymous report (四(二)2): nothing of the person is stored. */
  reporterName: string | null;
  reporterPhone: string | null;
  /** A member of the public who did not say who they are; absent on reports before it. */
  anonymous?: boolean;
  channel: ReportChannel;
  mandatory: boolean;
  childId: string | null;
  childDescription: string | null;
  /** The region whose staff handle the report: its case's (a moved child's case takes it along). */
  regionCode: string;
  /** Where the report was made, when its case moved with the child since (the first region). */
  reportedInRegionCode?: string;
  address: string | null;
  facts: string;
  receivedAt: Date;
  slaMinutes: number;
  dispatchDueAt: Date;
  recordedBy: string;
}

export interface StoredMeasure {
  id: string;
  kind: MeasureKind;
  takenAt: Date;
  takenBy: string;
  /** The institution, guardian, shelter or criminal case number the measure names. */
  counterpart: string | null;
  /** The written handover for temporary care (and at its end). */
  handoverDocument: string | null;
  /** Where the child went when temporary care ended (TEMPORARY_CARE_ENDED only). */
  careOutcome?: TemporaryCareOutcome | null;
  notes: string;
}

export interface TimelineEntry {
  at: Date;
  by: string;
  action: string;
  from: CaseStatus | null;
  to: CaseStatus;
  note: string;
}

export interface StoredDispatch {
  unit: string;
  officer: string;
  dispatchedAt: Date;
  withinSla: boolean;
}

export interface StoredNotification {
  townshipCode: string;
  notifiedAt: Date;
  contact: string;
  assessmentDueOn: string;
}
