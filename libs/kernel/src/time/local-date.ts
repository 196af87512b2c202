import { DomainError } from '../errors/domain-error';

/** A calendar date without time zone, `YYYY-MM-DD`, as written on identity documents. */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date in `YYYY-MM-DD` form (no 2019-02-30). */
export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function parseLocalDate(value: string, field: string): LocalDate {
  if (!isLocalDate(value)) {
    throw new DomainError(
      'INVALID_DATE',
      `${field} must be a real date written YYYY-MM-DD, got "${value}"`,
      'invalid',
      {
        field,
      },
    );
  }
  return value;
}

/**
 * The calendar date of an instant in China Standard Time (UTC+8, no daylight saving): the date a
 * caseworker in Qinzhou would write down.
 */
export function localDateInChina(instant: Date): LocalDate {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Whole years of age on `on`; a child born on 29 February turns a year older on 1 March. */
export function ageInYears(birthDate: LocalDate, on: LocalDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/** Whether the age on `on` is at least `from` and below `below` whole years. */
export function isAgeWithin(birthDate: LocalDate, on: LocalDate, from: number, below: number): boolean {
  const age = ageInYears(birthDate, on);
  return age >= from && age < below;
}
