import { DomainError } from '@qz/kernel';

export const StudentErrors = {
  childNotFound: (id: string, field = 'input.childId') =>
    new DomainError(
      'CHILD_NOT_FOUND',
      `${field}: no child with id ${id} is known to education (register the child in the ledger first)`,
      'not_found',
      { field },
    ),
  alreadyEnrolled: () =>
    new DomainError(
      'CHILD_ALREADY_ENROLLED',
      'input.childId: the child is already enrolled at a school',
      'conflict',
      {
        field: 'input.childId',
      },
    ),
  studentNumberTaken: (n: string) =>
    new DomainError(
      'STUDENT_NUMBER_TAKEN',
      `the student number ${n} drawn for this enrolment is already in use; enrol again`,
      'conflict',
    ),
  notEnrolled: (id: string) =>
    new DomainError(
      'CHILD_NOT_ENROLLED',
      `input.childId: child ${id} is not enrolled at any school; enrol the child first`,
      'precondition',
      { field: 'input.childId' },
    ),
  absenceRecorded: (date: string) =>
    new DomainError(
      'ABSENCE_ALREADY_RECORDED',
      `input.date: an absence on ${date} is already recorded for this child`,
      'conflict',
      { field: 'input.date' },
    ),
  riskNotFound: (id: string) =>
    new DomainError(
      'ABSENCE_RISK_NOT_FOUND',
      `input.riskId: no absence risk ${id} for this child`,
      'not_found',
      {
        field: 'input.riskId',
      },
    ),
  riskClosed: (id: string) =>
    new DomainError('ABSENCE_RISK_CLOSED', `input.riskId: absence risk ${id} is closed`, 'precondition', {
      field: 'input.riskId',
    }),
  changedConcurrently: (id: string) =>
    new DomainError(
      'STUDENT_CHANGED_CONCURRENTLY',
      `student ${id} was changed by someone else meanwhile; reload and try again`,
      'conflict',
      { field: 'input.childId' },
    ),
};
