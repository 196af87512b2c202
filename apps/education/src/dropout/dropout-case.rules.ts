import { DomainError, workingCalendar, type LocalDate, type WorkingCalendar } from '@qz/kernel';

/**
 * The dropout case of 四(二)6 (控辍保学) as a state machine:
 * REGISTERED → PERSUADING (a persuasion attempt failed) → RETURNED, or → FLAGGED (劝返无效, marked in
 * the student-status system) → REPORTED (written report to the county education bureau and the
 * township) → ESCALATED (to the county government, other departments needed). The child may
 * return at any open step; a returned case is closed.
 */
export const DROPOUT_STATUSES = [
  'REGISTERED',
  'PERSUADING',
  'FLAGGED',
  'REPORTED',
  'ESCALATED',
  'RETURNED',
] as const;
export type DropoutStatus = (typeof DROPOUT_STATUSES)[number];

export const OPEN_STATUSES: readonly DropoutStatus[] = [
  'REGISTERED',
  'PERSUADING',
  'FLAGGED',
  'REPORTED',
  'ESCALATED',
];

export type DropoutStep = 'PERSUASION_FAILED' | 'RETURNED' | 'FLAG' | 'REPORT' | 'ESCALATE';

export const RULES = {
  register: '四(二)6: schools keep a register of dropouts (辍学学生登记制度)',
  persuade: '四(二)6: schools persuade dropouts to return (劝返复学制度), each attempt logged',
  flag: '四(二)6: a dropout whom persuasion did not bring back is marked in the electronic student-status system',
  report:
    '四(二)6: ...and reported in writing to the county education department and the township government',
  escalate:
    '四(二)6: where other departments are needed, the county education department and the township report in writing to the county government',
  returned: '四(二)6: the aim is the child’s return to school (劝返复学)',
} as const;

/** Where each step may start from. */
const FROM: Record<DropoutStep, readonly DropoutStatus[]> = {
  PERSUASION_FAILED: OPEN_STATUSES,
  RETURNED: OPEN_STATUSES,
  FLAG: ['PERSUADING'],
  REPORT: ['FLAGGED'],
  ESCALATE: ['REPORTED'],
};

const NEEDS: Record<DropoutStep, string> = {
  PERSUASION_FAILED: 'an open case',
  RETURNED: 'an open case',
  FLAG: 'a case with at least one failed persuasion attempt (PERSUADING)',
  REPORT: 'a case flagged in the student-status system (FLAGGED)',
  ESCALATE: 'a case reported in writing (REPORTED)',
};

/** The status after `step`, or DROPOUT_TRANSITION_NOT_ALLOWED naming what the step needs. */
export function nextStatus(status: DropoutStatus, step: DropoutStep): DropoutStatus {
  if (!FROM[step].includes(status)) {
    throw new DomainError(
      'DROPOUT_TRANSITION_NOT_ALLOWED',
      `input.caseId: the case is ${status}; ${step} needs ${NEEDS[step]}`,
      'precondition',
      { field: 'input.caseId', status, step },
    );
  }
  switch (step) {
    case 'PERSUASION_FAILED':
      return status === 'REGISTERED' ? 'PERSUADING' : status;
    case 'RETURNED':
      return 'RETURNED';
    case 'FLAG':
      return 'FLAGGED';
    case 'REPORT':
      return 'REPORTED';
    case 'ESCALATE':
      return 'ESCALATED';
  }
}

/**
 * 四(二)6 书面报告: due `workingDays` working days after the case was flagged (the day itself not
 * counted), by the one working-day calendar: official holidays off, make-up days (调休) worked.
 */
export const reportDueOn = (
  flaggedOn: LocalDate,
  workingDays: number,
  calendar: WorkingCalendar = workingCalendar(),
): LocalDate => calendar.addWorkingDays(flaggedOn, workingDays);

/** The written report is overdue: flagged, not yet reported, and today is past the due date. */
export const reportOverdue = (
  c: { status: DropoutStatus; reportDueOn: LocalDate | null },
  today: LocalDate,
) => c.status === 'FLAGGED' && !!c.reportDueOn && today > c.reportDueOn;
