import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError } from '@qz/kernel';

const CODE_BY_CONSTRAINT: Record<string, string> = {
  maxLength: 'FIELD_TOO_LONG',
  isNotEmpty: 'FIELD_REQUIRED',
  isDefined: 'FIELD_REQUIRED',
  minLength: 'FIELD_TOO_SHORT',
};

function flatten(
  errors: ValidationError[],
  parent = '',
): { field: string; constraint: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([constraint, message]) => ({
      field,
      constraint,
      message,
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * class-validator on every input, reported as a DomainError: the code of the first problem
 * (FIELD_TOO_LONG, FIELD_REQUIRED, FIELD_INVALID...), every problem listed with its field.
 */
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: true,
  stopAtFirstError: true,
  exceptionFactory: (errors) => {
    const problems = flatten(errors);
    const first = problems[0];
    return new DomainError(
      first ? (CODE_BY_CONSTRAINT[first.constraint] ?? 'FIELD_INVALID') : 'FIELD_INVALID',
      problems.map((p) => `${p.field}: ${p.message}`).join('; ') || 'the input is invalid',
      'invalid',
      { field: first?.field, problems },
    );
  },
});
