import { DomainError } from '@qz/kernel';

/** The assistance service's error codes; each message names the field and what to do. */
export const AssistanceErrors = {
  childNotFound: (id: string, field = 'input.childId') =>
    new DomainError(
      'CHILD_NOT_FOUND',
      `${field}: no child ${id} is known to assistance (register the child in the registry first)`,
      'not_found',
      { field },
    ),
  amountNegative: (amount: number, field = 'input.monthlyAmountFen') =>
    new DomainError('AMOUNT_NEGATIVE', `${field} is ${amount}; an amount is 0 or more fen`, 'invalid', {
      field,
    }),
  amountTooLarge: (amount: number, field = 'input.monthlyAmountFen') =>
    new DomainError(
      'AMOUNT_TOO_LARGE',
      `${field} is ${amount} fen; a monthly amount is at most 100000000 fen (1,000,000 yuan)`,
      'invalid',
      { field },
    ),
  endBeforeStart: (start: string, end: string, field = 'input.endDate') =>
    new DomainError('END_BEFORE_START', `${field} ${end} is before the start date ${start}`, 'invalid', {
      field,
    }),
  overlap: (programme: string, other: { id: string; startDate: string; endDate: string | null }) =>
    new DomainError(
      'BENEFIT_OVERLAP',
      `the child already has a ${programme} benefit ${other.id} from ${other.startDate} to ${other.endDate ?? 'open end'} that overlaps this term; end it or choose another term`,
      'conflict',
      { field: 'input.startDate', benefitId: other.id },
    ),
  benefitNotFound: (id: string) =>
    new DomainError('BENEFIT_NOT_FOUND', `input.benefitId: no benefit ${id}`, 'not_found', {
      field: 'input.benefitId',
    }),
  benefitTransition: (id: string, status: string, action: string) =>
    new DomainError(
      'BENEFIT_STATUS_CONFLICT',
      `benefit ${id} is ${status}; it cannot be ${action}`,
      'conflict',
      { field: 'input.benefitId', status },
    ),
  changedConcurrently: (what: string, id: string) =>
    new DomainError(
      'CHANGED_CONCURRENTLY',
      `${what} ${id} was changed by someone else meanwhile; reload it and try again`,
      'conflict',
      { field: 'input' },
    ),
  proposalNotFound: (id: string) =>
    new DomainError('PROPOSAL_NOT_FOUND', `input.proposalId: no proposal ${id}`, 'not_found', {
      field: 'input.proposalId',
    }),
  proposalDecided: (id: string, status: string) =>
    new DomainError(
      'PROPOSAL_ALREADY_DECIDED',
      `proposal ${id} is already ${status}; a proposal is decided once`,
      'conflict',
      { field: 'input.proposalId', status },
    ),
  invalidMonth: (value: string, field = 'month') =>
    new DomainError('INVALID_MONTH', `${field} must be a month written YYYY-MM, got "${value}"`, 'invalid', {
      field,
    }),
  monthInFuture: (month: string, current: string, field = 'input.month') =>
    new DomainError(
      'ROLL_MONTH_IN_FUTURE',
      `${field} ${month} is after the current month ${current}; a roll is generated in or after its month`,
      'invalid',
      { field },
    ),
};

/** Errors of the one-window intake. */
export const IntakeErrors = {
  notFound: (id: string) =>
    new DomainError('APPLICATION_NOT_FOUND', `input.applicationId: no application ${id}`, 'not_found', {
      field: 'input.applicationId',
    }),
  duplicatePart: (kind: string) =>
    new DomainError('DUPLICATE_PART', `input.parts names ${kind} twice; ask for each kind once`, 'invalid', {
      field: 'input.parts',
    }),
  notReviewed: (id: string) =>
    new DomainError(
      'APPLICATION_NOT_REVIEWED',
      `application ${id} has not passed the township's review (初审) yet; the county approves after it`,
      'precondition',
      { field: 'input.applicationId' },
    ),
  stepConflict: (id: string, status: string, step: string) =>
    new DomainError(
      'APPLICATION_STEP_CONFLICT',
      `application ${id} is ${status}; it cannot be ${step}`,
      'conflict',
      {
        field: 'input.applicationId',
        status,
      },
    ),
  partNotFound: (id: string, partId: string) =>
    new DomainError('PART_NOT_FOUND', `input.partId: application ${id} has no part ${partId}`, 'not_found', {
      field: 'input.partId',
    }),
  wrongDepartment: (partId: string, owner: string, given: string) =>
    new DomainError(
      'PART_DEPARTMENT_MISMATCH',
      `part ${partId} is decided by ${owner}, not ${given}`,
      'forbidden',
      { field: 'input.department' },
    ),
  decidedInItsService: (department: string, mutation: string) =>
    new DomainError(
      'PART_DECIDED_IN_ITS_SERVICE',
      `a ${department} part is decided in its department's own service, by its rules and budget (${mutation}); the decision reaches the application by event`,
      'precondition',
      { field: 'input.department' },
    ),
  partNotRouted: (partId: string) =>
    new DomainError(
      'PART_NOT_ROUTED',
      `part ${partId} has not been routed yet: the township reviews the application first`,
      'precondition',
      { field: 'input.partId' },
    ),
  partDecided: (partId: string, status: string) =>
    new DomainError('PART_ALREADY_DECIDED', `part ${partId} is already ${status}`, 'conflict', {
      field: 'input.partId',
      status,
    }),
};
