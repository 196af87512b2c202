import { AssessmentCompletedV1 } from './assessment-completed';
import { CaseDispatchedV1 } from './case-dispatched';
import { DispatchOverdueV1 } from './dispatch-overdue';
import { GuardianshipRevokedV1 } from './guardianship-revoked';
import { PlanItemAssignedV1 } from './plan-item-assigned';
import { ReportReceivedV1 } from './report-received';
import { TemporaryCareEndedV1 } from './temporary-care-ended';
import { TemporaryCareStartedV1 } from './temporary-care-started';
import { TownshipNotifiedV1 } from './township-notified';

export * from './common';
export * from './report-received';
export * from './case-dispatched';
export * from './dispatch-overdue';
export * from './township-notified';
export * from './assessment-completed';
export * from './plan-item-assigned';
export * from './guardianship-revoked';
export * from './temporary-care-started';
export * from './temporary-care-ended';

/** Every event the police service produces. */
export const policeEvents = [
  ReportReceivedV1,
  CaseDispatchedV1,
  DispatchOverdueV1,
  TownshipNotifiedV1,
  AssessmentCompletedV1,
  PlanItemAssignedV1,
  GuardianshipRevokedV1,
  TemporaryCareStartedV1,
  TemporaryCareEndedV1,
] as const;

export const PoliceTopics = {
  PoliceReportReceivedV1: ReportReceivedV1.topic,
  PoliceCaseDispatchedV1: CaseDispatchedV1.topic,
  PoliceDispatchOverdueV1: DispatchOverdueV1.topic,
  PoliceTownshipNotifiedV1: TownshipNotifiedV1.topic,
  PoliceAssessmentCompletedV1: AssessmentCompletedV1.topic,
  PolicePlanItemAssignedV1: PlanItemAssignedV1.topic,
  PoliceGuardianshipRevokedV1: GuardianshipRevokedV1.topic,
  PoliceTemporaryCareStartedV1: TemporaryCareStartedV1.topic,
  PoliceTemporaryCareEndedV1: TemporaryCareEndedV1.topic,
} as const;
