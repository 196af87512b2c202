import { DomainError, parseLocalDate, type LocalDate, type ErrorCode } from '@qz/kernel';

/** A real date, not after today (China time); refused naming the field. */
export function pastOrToday(value: string, field: string, today: LocalDate): LocalDate {
  const date = parseLocalDate(value, field);
  if (date > today) {
    throw new DomainError(
      'DATE_IN_FUTURE',
      `${field} ${date} is in the future (today is ${today})`,
      'invalid',
      {
        field,
      },
    );
  }
  return date;
}

/** Refuses a date before an earlier step of the same record. */
export function notBefore(
  date: LocalDate,
  limit: LocalDate,
  code: ErrorCode,
  field: string,
  what: string,
): void {
  if (date < limit) {
    throw new DomainError(code, `${field} ${date} is before ${what} (${limit})`, 'invalid', { field });
  }
}
