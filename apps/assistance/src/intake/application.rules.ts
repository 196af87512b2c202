import type { LocalDate, WorkingCalendar } from '@qz/kernel';

/**
 * 四(四)1 一门受理、协同办理: an application received at a township window is reviewed by the
 * township (初审), then approved by the county; its parts are routed to the departments that
 * decide them once the township has reviewed it.
 */
export type ApplicationStatus = 'RECEIVED' | 'RETURNED' | 'REVIEWED' | 'APPROVED' | 'REJECTED';
export type PartStatus = 'WAITING' | 'ROUTED' | 'APPROVED' | 'REJECTED';

export const KIND_DEPARTMENT = {
  ORPHAN_ALLOWANCE: 'ASSISTANCE',
  TEKUN_SUPPORT: 'ASSISTANCE',
  DIBAO: 'ASSISTANCE',
  TEMPORARY_ASSISTANCE: 'ASSISTANCE',
  MEDICAL_ASSISTANCE: 'HEALTH',
  INSURANCE_PREMIUM_SUBSIDY: 'HEALTH',
  EDUCATION_AID: 'EDUCATION',
  REHAB_ASSISTANCE: 'DPF',
} as const;

export interface StepState {
  dueOn: LocalDate;
  doneOn: LocalDate | null;
}

export interface ApplicationState {
  status: ApplicationStatus;
  review: StepState;
  approval: StepState | null;
  parts: { status: PartStatus }[];
}

export type Step = 'TOWNSHIP_REVIEW' | 'COUNTY_APPROVAL';

/** The step an application waits for, if any. */
export function currentStep(a: Pick<ApplicationState, 'status'>): Step | null {
  if (a.status === 'RECEIVED') return 'TOWNSHIP_REVIEW';
  if (a.status === 'REVIEWED') return 'COUNTY_APPROVAL';
  return null;
}

/** The open step past its deadline on `today`, with the working days it is late; null if none. */
export function overdueStep(
  a: ApplicationState,
  today: LocalDate,
  cal: WorkingCalendar,
): { step: Step; dueOn: LocalDate; workingDaysLate: number } | null {
  const step = currentStep(a);
  const state = step === 'TOWNSHIP_REVIEW' ? a.review : step === 'COUNTY_APPROVAL' ? a.approval : null;
  if (!step || !state || today <= state.dueOn) return null;
  return { step, dueOn: state.dueOn, workingDaysLate: cal.workingDaysBetween(state.dueOn, today) };
}

/** Every part decided and the county's step done (or the township returned it): nothing left open. */
export function isSettled(a: ApplicationState): boolean {
  if (a.status === 'RETURNED') return true;
  return (
    (a.status === 'APPROVED' || a.status === 'REJECTED') &&
    a.parts.every((p) => p.status === 'APPROVED' || p.status === 'REJECTED')
  );
}
