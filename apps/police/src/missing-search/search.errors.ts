import { DomainError, invalidInput } from '@qz/kernel';

export const SearchErrors = {
  notMissing: (caseId: string) =>
    new DomainError(
      'SEARCH_NOT_A_MISSING_CHILD',
      `case ${caseId} has no report of a missing child (situationType MISSING): the fast search is for missing children (四(二)3)`,
      'precondition',
      { field: 'input.caseId' },
    ),
  alreadyStarted: (caseId: string) =>
    new DomainError(
      'SEARCH_ALREADY_STARTED',
      `the search for case ${caseId} has started: record a review`,
      'conflict',
      {
        field: 'input.caseId',
      },
    ),
  notStarted: (caseId: string) =>
    new DomainError(
      'SEARCH_NOT_STARTED',
      `no search has started on case ${caseId}: start it first`,
      'precondition',
      {
        field: 'input.caseId',
      },
    ),
  ended: (caseId: string) =>
    new DomainError('SEARCH_ENDED', `the search for case ${caseId} has ended`, 'conflict', {
      field: 'input.caseId',
    }),
  open: () =>
    new DomainError(
      'SEARCH_OPEN',
      'the missing child has not been found: record how the search ended before closing the case (四(二)3)',
      'conflict',
      { field: 'input.caseId' },
    ),
  nobodyTold: () =>
    invalidInput(
      'SEARCH_NOBODY_TOLD',
      'input.areas',
      'a fast search tells at least one area (division code) and one unit (a station, a transport hub, a rescue station)',
    ),
  seenAfterStart: (lastSeenAt: Date, startedAt: Date) =>
    invalidInput(
      'DATE_BEFORE_PREVIOUS_STEP',
      'input.lastSeenAt',
      `input.lastSeenAt ${lastSeenAt.toISOString()} is after the search started (${startedAt.toISOString()})`,
    ),
  before: (field: string, at: Date, step: string, stepAt: Date) =>
    invalidInput(
      'DATE_BEFORE_PREVIOUS_STEP',
      field,
      `${field} ${at.toISOString()} is before ${step} (${stepAt.toISOString()})`,
    ),
};
