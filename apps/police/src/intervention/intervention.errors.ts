import { DomainError, invalidInput } from '@qz/kernel';
import type { GroundCheck } from './intervention.rules';

export const InterventionErrors = {
  referenceMissing: (kind: string) =>
    invalidInput(
      'INTERVENTION_REFERENCE_MISSING',
      'input.reference',
      `a ${kind} names its decision or case number in input.reference`,
    ),
  groundsMissing: () =>
    invalidInput(
      'REVOCATION_GROUNDS_MISSING',
      'input.grounds',
      'a petition to revoke guardianship names at least one ground of 四(二)5 in input.grounds',
    ),
  childUnknown: () =>
    invalidInput(
      'REVOCATION_CHILD_UNKNOWN',
      'input.caseId',
      'the case’s child is not identified; a petition concerns a known child',
    ),
  groundNotSupported: (checks: GroundCheck[]) =>
    new DomainError(
      'REVOCATION_GROUND_NOT_SUPPORTED',
      checks.map((c) => `${c.ground}: ${c.reason}`).join('; '),
      'precondition',
      {
        field: 'input.grounds',
        checks: checks.map((c) => ({ ground: c.ground, reason: c.reason, evidence: c.evidence })),
      },
    ),
  petitionNotFound: (id: string) =>
    new DomainError('PETITION_NOT_FOUND', `the case has no petition ${id}`, 'not_found', {
      field: 'input.petitionId',
    }),
  alreadyDecided: (id: string) =>
    new DomainError(
      'PETITION_ALREADY_DECIDED',
      `the court's decision on petition ${id} is already recorded`,
      'conflict',
      {
        field: 'input.petitionId',
      },
    ),
  newGuardianMissing: () =>
    invalidInput(
      'NEW_GUARDIAN_MISSING',
      'input.newGuardianName',
      'a revocation appoints another guardian: give input.newGuardianKind and input.newGuardianName',
    ),
  decisionBeforePetition: (on: string, filedOn: string) =>
    invalidInput(
      'DECISION_BEFORE_PETITION',
      'input.decidedOn',
      `input.decidedOn ${on} is before the petition was filed (${filedOn})`,
    ),
};
