import { isLocalDate, type LocalDate } from '@qz/kernel';

/** Calendar arithmetic on `YYYY-MM-DD` dates (no time zone: the dates of the policy). */
const toUtc = (d: LocalDate) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
const fromUtc = (ms: number): LocalDate => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

/** 0 = Sunday ... 6 = Saturday. */
export const weekday = (date: LocalDate): number => new Date(toUtc(date)).getUTCDay();

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
  return fromUtc(Date.UTC(y, m, 0));
}

export const monthOf = (date: LocalDate): YearMonth => date.slice(0, 7);
