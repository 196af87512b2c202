import { DomainError, type ErrorCode } from '@qz/kernel';
import { formatYuan } from './money';

/** The health service's error codes; each message names the field and says what to fix. */
export const HealthErrors = {
  childNotFound: (id: string, field = 'input.childId') =>
    new DomainError(
      'CHILD_NOT_FOUND',
      `${field}: no child ${id} is known to the health service (registered in the registry?)`,
      'not_found',
      { field },
    ),
  amountNotPositive: (field: string, value: number) =>
    new DomainError('AMOUNT_NOT_POSITIVE', `${field} must be more than 0 fen, got ${value}`, 'invalid', {
      field,
    }),
  amountNotWholeFen: (field: string, value: unknown) =>
    new DomainError(
      'AMOUNT_NOT_WHOLE_FEN',
      `${field} must be a whole number of fen (1/100 yuan), e.g. 12050 for 120.50 yuan; got ${JSON.stringify(value)?.slice(0, 40)}`,
      'invalid',
      { field },
    ),
  amountTooLarge: (field: string, value: number, max: number) =>
    new DomainError(
      'AMOUNT_TOO_LARGE',
      `${field} ${value} fen is more than the ${max} fen this field accepts; check the unit (fen, 1/100 yuan)`,
      'invalid',
      { field },
    ),
  ratioOutOfRange: (field: string, value: number) =>
    new DomainError(
      'RATIO_OUT_OF_RANGE',
      `${field} must be between 0 and 10000 basis points (0–100%), got ${value}`,
      'invalid',
      { field },
    ),
  dateInFuture: (field: string, date: string, today: string) =>
    new DomainError('DATE_IN_FUTURE', `${field} ${date} is after today (${today})`, 'invalid', { field }),
  periodReversed: (from: string, to: string) =>
    new DomainError(
      'PERIOD_REVERSED',
      `input.effectiveTo ${to} is before input.effectiveFrom ${from}`,
      'invalid',
      { field: 'input.effectiveTo' },
    ),
  unknownRegion: (code: string, field = 'input.regionCode') =>
    new DomainError(
      'UNKNOWN_REGION',
      `${field} ${code.slice(0, 20)} is not Qinzhou (450700) or one of its counties in the official division table`,
      'invalid',
      { field },
    ),
  unknownArea: (code: string, field = 'regionCode') =>
    new DomainError(
      'UNKNOWN_REGION',
      `${field} ${code.slice(0, 20)} is not a region of Qinzhou's official division table (a village by its township)`,
      'invalid',
      { field },
    ),
  unknownInstitution: (id: string) =>
    new DomainError(
      'UNKNOWN_INSTITUTION',
      `input.institutionId ${id} is not a designated rehabilitation institution`,
      'invalid',
      { field: 'input.institutionId' },
    ),
  institutionDoesNotProvide: (id: string, what: string) =>
    new DomainError(
      'INSTITUTION_NOT_DESIGNATED_FOR_SERVICE',
      `input.institutionId ${id} is not designated for ${what}; choose an institution designated for it`,
      'invalid',
      { field: 'input.institutionId' },
    ),
  notEligibleForMedicalAssistance: (childId: string) =>
    new DomainError(
      'NOT_ELIGIBLE_FOR_MEDICAL_ASSISTANCE',
      `child ${childId} is not a child in difficulty (no category of 三(一) and no assistance benefit); medical assistance (四(三)2) does not apply`,
      'precondition',
      { field: 'input.childId' },
    ),
  claimBeforeEligibility: (serviceDate: string, eligibleSince: string) =>
    new DomainError(
      'CLAIM_BEFORE_ELIGIBILITY',
      `input.serviceDate ${serviceDate} is before the child became eligible on ${eligibleSince}`,
      'invalid',
      { field: 'input.serviceDate' },
    ),
  noStandard: (kind: string, subject: string, regionCode: string, on: string) =>
    new DomainError(
      'NO_POLICY_STANDARD',
      `no ${kind} standard for ${subject} applies in ${regionCode} on ${on}; set one with setHealthPolicyStandard`,
      'precondition',
      { field: 'input' },
    ),
  applicationNotFound: (id: string) =>
    new DomainError('APPLICATION_NOT_FOUND', `input.applicationId: no application ${id}`, 'not_found', {
      field: 'input.applicationId',
    }),
  wrongStep: (id: string, status: string, step: string, code: ErrorCode, hint: string) =>
    new DomainError(code, `application ${id} is ${status}; it cannot be ${step}: ${hint}`, 'precondition', {
      field: 'input.applicationId',
      applicationStatus: status,
    }),
  changedConcurrently: (id: string) =>
    new DomainError(
      'APPLICATION_CHANGED_CONCURRENTLY',
      `application ${id} was changed by someone else meanwhile; reload it and try again`,
      'conflict',
      { field: 'input.applicationId' },
    ),
  budgetNotSet: (regionCode: string, programme: string, year: number, field = 'input.applicationId') =>
    new DomainError(
      'BUDGET_NOT_SET',
      `no ${programme} budget is set for ${regionCode} in ${year}; set it with setHealthBudget before approving`,
      'precondition',
      { field },
    ),
  budgetExceeded: (
    regionCode: string,
    programme: string,
    year: number,
    left: number,
    needed: number,
    field = 'input.applicationId',
  ) =>
    new DomainError(
      'BUDGET_EXCEEDED',
      `the ${programme} budget of ${regionCode} for ${year} has ${formatYuan(left)} left; this approval needs ${formatYuan(needed)}. Raise the budget or wait for next year's`,
      'precondition',
      { field, remainingFen: left, neededFen: needed },
    ),
  budgetBelowUsed: (limit: number, used: number) =>
    new DomainError(
      'BUDGET_BELOW_USED',
      `input.limitFen ${formatYuan(limit)} is below the ${formatYuan(used)} already reserved by approvals`,
      'invalid',
      { field: 'input.limitFen' },
    ),
  nothingLeftToPay: (what: string) =>
    new DomainError(
      'CAP_REACHED',
      `${what}: the yearly cap is used up, nothing can be paid on this application`,
      'precondition',
      { field: 'input' },
    ),
};
