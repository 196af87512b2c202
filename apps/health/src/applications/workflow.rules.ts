import type { ErrorCode } from '@qz/kernel';
/**
 * The workflow of every health application (DOMAIN §3): application → review → approval →
 * disbursement, or a refusal before approval. Each step is recorded with who and when.
 */
export const APPLICATION_STATUSES = ['SUBMITTED', 'REVIEWED', 'APPROVED', 'DISBURSED', 'REFUSED'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export type WorkflowAction = 'review' | 'approve' | 'refuse' | 'disburse';

const FROM: Record<WorkflowAction, { from: ApplicationStatus[]; to: ApplicationStatus }> = {
  review: { from: ['SUBMITTED'], to: 'REVIEWED' },
  approve: { from: ['REVIEWED'], to: 'APPROVED' },
  refuse: { from: ['SUBMITTED', 'REVIEWED'], to: 'REFUSED' },
  disburse: { from: ['APPROVED'], to: 'DISBURSED' },
};

export const isOpen = (s: ApplicationStatus) => s === 'SUBMITTED' || s === 'REVIEWED' || s === 'APPROVED';

/** What an open application waits for. */
export const WAITING_FOR: Partial<Record<ApplicationStatus, string>> = {
  SUBMITTED: 'REVIEW',
  REVIEWED: 'APPROVAL',
  APPROVED: 'DISBURSEMENT',
};

/** The status after `action`, or the refusal: a code and what the officer should do instead. */
export function nextStatus(
  status: ApplicationStatus,
  action: WorkflowAction,
): { to: ApplicationStatus } | { code: ErrorCode; hint: string } {
  const step = FROM[action];
  if (step.from.includes(status)) return { to: step.to };
  if (status === 'REFUSED' || status === 'DISBURSED')
    return { code: 'APPLICATION_CLOSED', hint: 'it is closed; a new application is needed' };
  if (action === 'approve' && status === 'SUBMITTED')
    return { code: 'APPLICATION_NOT_REVIEWED', hint: 'it must be reviewed before it is approved' };
  if (action === 'disburse')
    return { code: 'APPLICATION_NOT_APPROVED', hint: 'only an approved application is paid' };
  return { code: 'APPLICATION_ALREADY_DECIDED', hint: `it is past the ${action} step` };
}

/** Whole days an item has waited (for the officer's queue). */
export const daysWaiting = (since: Date, now: Date) =>
  Math.max(0, Math.floor((now.getTime() - since.getTime()) / 86_400_000));
