import { DomainError, invalidInput } from '@qz/kernel';

export const GuardianshipErrors = {
  dateInFuture: (field: string, date: string) =>
    invalidInput('DATE_IN_FUTURE', field, `${field} ${date} is in the future; record what has happened`),
  termInvalid: (start: string, end: string) =>
    invalidInput(
      'GUARDIANSHIP_TERM_INVALID',
      'input.endDate',
      `input.endDate ${end} is before input.startDate ${start}`,
    ),
  signedAfterEnd: (signed: string, end: string) =>
    invalidInput(
      'GUARDIANSHIP_TERM_INVALID',
      'input.signedOn',
      `input.signedOn ${signed} is after the term ends (${end})`,
    ),
  guardianNotAdult: (birthDate: string) =>
    invalidInput(
      'GUARDIAN_NOT_ADULT',
      'input.guardianResidentIdNumber',
      `the guardian (born ${birthDate}) is under 18 on the signing date; an entrusted guardian is a capable adult (四(一)1)`,
    ),
  overlap: (id: string, start: string, end: string) =>
    new DomainError(
      'GUARDIANSHIP_TERMS_OVERLAP',
      `the term overlaps agreement ${id} (${start} to ${end}); end that agreement first or choose another term`,
      'conflict',
      { field: 'input.startDate', agreementId: id },
    ),
  agreementNotFound: (id: string) =>
    new DomainError('AGREEMENT_NOT_FOUND', `the child has no agreement ${id}`, 'not_found', {
      field: 'input.agreementId',
    }),
  alreadyEnded: (id: string, on: string) =>
    new DomainError('AGREEMENT_ALREADY_ENDED', `agreement ${id} already ended on ${on}`, 'conflict', {
      field: 'input.agreementId',
    }),
  endOutsideTerm: (on: string, start: string, end: string) =>
    invalidInput(
      'GUARDIANSHIP_TERM_INVALID',
      'input.endedOn',
      `input.endedOn ${on} is outside the agreement's term ${start} to ${end}`,
    ),
};
