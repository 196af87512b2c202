import type { LocalDate } from '@qz/kernel';

/** Calendar arithmetic on `YYYY-MM-DD` dates (no time zone: the dates a school writes down). */
const toUtc = (d: LocalDate) => new Date(`${d}T00:00:00Z`);
const fromUtc = (d: Date): LocalDate => d.toISOString().slice(0, 10);

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Monday to Friday. Public holidays and make-up working days (调休) are not modelled. */
export function isWorkingDay(date: LocalDate): boolean {
  const day = toUtc(date).getUTCDay();
  return day !== 0 && day !== 6;
}

/** The date `n` working days after `date` (the day itself not counted). */
export function addWorkingDays(date: LocalDate, n: number): LocalDate {
  let d = date;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left -= 1;
  }
  return d;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}
