import type { LocalDate } from './local-date';

/** Calendar arithmetic on `YYYY-MM-DD` dates (no time zone: the dates a caseworker writes down). */
const dayNumber = (d: LocalDate): number =>
  Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000;
const fromDayNumber = (n: number): LocalDate => new Date(n * 86_400_000).toISOString().slice(0, 10);

/** The date `days` calendar days after `date` (before it when negative). */
export const addDays = (date: LocalDate, days: number): LocalDate => fromDayNumber(dayNumber(date) + days);

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: LocalDate, to: LocalDate): number => dayNumber(to) - dayNumber(from);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (date: LocalDate): number => (((dayNumber(date) + 4) % 7) + 7) % 7;

/** The year of a date, as a number. */
export const yearOf = (date: LocalDate): number => Number(date.slice(0, 4));
