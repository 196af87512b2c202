import { isLocalDate, type LocalDate } from '@qz/kernel';

/** Months and birthdays of the policy's dates; day arithmetic is the kernel's (`addDays`). */

/** The day a person born on `birthDate` turns `years` old (29 February: 1 March in common years). */
export function birthdayAt(birthDate: LocalDate, years: number): LocalDate {
  const candidate = `${String(+birthDate.slice(0, 4) + years).padStart(4, '0')}${birthDate.slice(4)}`;
  return isLocalDate(candidate) ? candidate : `${candidate.slice(0, 5)}03-01`;
}

/** A month written `YYYY-MM`. */
export type YearMonth = string;
const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const isYearMonth = (value: string): boolean => YEAR_MONTH.test(value);

export const firstDayOf = (month: YearMonth): LocalDate => `${month}-01`;

export function lastDayOf(month: YearMonth): LocalDate {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export const monthOf = (date: LocalDate): YearMonth => date.slice(0, 7);
