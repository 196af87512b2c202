import { DomainError } from '@qz/kernel';

/** The registry's child error codes; each message says what to fix. */
export const ChildErrors = {
  birthDateInFuture: (birthDate: string, field = 'input.birthDate') =>
    new DomainError('BIRTH_DATE_IN_FUTURE', `${field} ${birthDate} is in the future`, 'invalid', { field }),
  notAMinor: (birthDate: string, field = 'input.birthDate') =>
    new DomainError(
      'NOT_A_MINOR',
      `${field} ${birthDate} makes this person 18 or older; the ledger is for minors`,
      'invalid',
      { field },
    ),
  birthDateMismatch: (fromId: string, given: string) =>
    new DomainError(
      'RESIDENT_ID_BIRTH_DATE_MISMATCH',
      `input.residentIdNumber holds the birth date ${fromId}, but input.birthDate is ${given}; correct one of them`,
      'invalid',
      { field: 'input.residentIdNumber' },
    ),
  sexMismatch: (fromId: string, given: string) =>
    new DomainError(
      'RESIDENT_ID_SEX_MISMATCH',
      `input.residentIdNumber is that of a ${fromId.toLowerCase()} child, but input.sex is ${given}; correct one of them`,
      'invalid',
      { field: 'input.residentIdNumber' },
    ),
  alreadyRegistered: () =>
    new DomainError(
      'CHILD_ALREADY_REGISTERED',
      'a child with this resident ID number is already in the ledger; search for the child instead of registering again',
      'conflict',
      { field: 'input.residentIdNumber' },
    ),
  /** The record was merged into another (a provisional record whose identity was found). */
  alreadyMerged: (id: string, into: string) =>
    new DomainError(
      'CHILD_ALREADY_MERGED',
      `record ${id} was merged into ${into}; work on that record`,
      'precondition',
      {
        field: 'input.childId',
      },
    ),
  changedConcurrently: (id: string) =>
    new DomainError(
      'CHILD_CHANGED_CONCURRENTLY',
      `child ${id} was changed by someone else while this change was made; reload the child and try again`,
      'conflict',
      { field: 'input.childId' },
    ),
  /** A list by a sensitive category, asked by a role that may not see the category (docs/access.md). */
  categoryNotPermitted: (category: string) =>
    new DomainError(
      'CATEGORY_NOT_PERMITTED',
      `your role may not list children by the category ${category}; list without it`,
      'forbidden',
      { field: 'filter.category' },
    ),
  notFound: (id: string) =>
    new DomainError('CHILD_NOT_FOUND', `no child with id ${id}`, 'not_found', { field: 'id' }),
};
