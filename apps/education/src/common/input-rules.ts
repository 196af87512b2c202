import { applyDecorators } from '@nestjs/common';
import { IsNotEmpty, Matches, MaxLength } from 'class-validator';

/** A date written YYYY-MM-DD (whether it is a real date, and not in the future, the service checks). */
export const IsLocalDateString = () =>
  applyDecorators(
    MaxLength(10),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: ({ property }) => `${property} must be written YYYY-MM-DD` }),
  );

/** A person's name or role as the school writes it, e.g. 班主任 李老师. */
export const IsPersonName = () => applyDecorators(IsNotEmpty(), MaxLength(50));

/** Free text a person writes: required, at most `max` characters. */
export const IsText = (max: number) => applyDecorators(IsNotEmpty(), MaxLength(max));
