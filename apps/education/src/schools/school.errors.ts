import { DomainError } from '@qz/kernel';

export const SchoolErrors = {
  notFound: (id: string, field = 'input.schoolId') =>
    new DomainError('SCHOOL_NOT_FOUND', `${field}: no school with id ${id}`, 'not_found', { field }),
  duplicate: (name: string, regionCode: string) =>
    new DomainError(
      'SCHOOL_ALREADY_EXISTS',
      `a school named ${name} already exists in region ${regionCode}; use that school`,
      'conflict',
      { field: 'input.name' },
    ),
};
