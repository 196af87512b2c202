import { DomainError } from '@qz/kernel';

export const DropoutErrors = {
  notFound: (id: string) =>
    new DomainError('DROPOUT_CASE_NOT_FOUND', `input.caseId: no dropout case ${id}`, 'not_found', {
      field: 'input.caseId',
    }),
  alreadyOpen: (childId: string) =>
    new DomainError(
      'DROPOUT_ALREADY_OPEN',
      `input.childId: child ${childId} already has an open dropout case; record the new facts on it`,
      'conflict',
      { field: 'input.childId' },
    ),
  notEnrolledAtSchool: (childId: string, schoolId: string) =>
    new DomainError(
      'CHILD_NOT_ENROLLED_AT_SCHOOL',
      `input.schoolId: child ${childId} is not enrolled at school ${schoolId}`,
      'precondition',
      { field: 'input.schoolId' },
    ),
  changedConcurrently: (id: string) =>
    new DomainError(
      'DROPOUT_CASE_CHANGED_CONCURRENTLY',
      `dropout case ${id} was changed by someone else meanwhile; reload it and try again`,
      'conflict',
      { field: 'input.caseId' },
    ),
  reportNotWritten: (id: string) =>
    new DomainError(
      'DROPOUT_REPORT_NOT_SUBMITTED',
      `caseId: dropout case ${id} has no written report yet (submitDropoutReport first)`,
      'precondition',
      { field: 'caseId' },
    ),
};
