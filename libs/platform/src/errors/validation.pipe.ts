import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { DomainError, type ErrorCode } from '@qz/kernel';

const CODE_BY_CONSTRAINT: Record<string, ErrorCode> = {
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

/** Names fields as the client wrote them: `input.familyName`, not `familyName`. */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata) {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof DomainError) || !metadata.data) throw error;
      const prefix = (field?: unknown) => (field ? `${metadata.data}.${String(field)}` : metadata.data);
      const problems = (error.details.problems as { field: string }[]).map((p) => ({
        ...p,
        field: prefix(p.field),
      }));
      throw new DomainError(
        error.code,
        error.message.replace(/(^|; )([\w.]+):/g, (_m, sep: string, f: string) => `${sep}${prefix(f)}:`),
        error.kind,
        { ...error.details, field: prefix(error.details.field), problems },
      );
    }
  }
}

/**
 * class-validator on every input, reported as a DomainError: the code of the first problem
 * (FIELD_TOO_LONG, FIELD_REQUIRED, FIELD_INVALID...), every problem listed with its field.
 */
export const inputValidationPipe = new InputValidationPipe({
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
