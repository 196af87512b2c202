import { DomainError } from '@qz/kernel';

export const VisitErrors = {
  beforeBirth: (visitedOn: string, birthDate: string) =>
    new DomainError(
      'VISIT_BEFORE_BIRTH',
      `input.visitedOn ${visitedOn} is before the child was born (${birthDate})`,
      'invalid',
      {
        field: 'input.visitedOn',
      },
    ),
};
