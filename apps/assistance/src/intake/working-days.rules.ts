import type { LocalDate } from '@qz/kernel';
import { addDays, weekday } from '../shared/dates';

/**
 * Which days are working days: Monday to Friday, except public holidays, plus the weekend days
 * worked instead (调休). The dates are data (data/working-calendar.json), one list per kind.
 */
export interface WorkingCalendar {
  holidays: readonly LocalDate[];
  workdays: readonly LocalDate[];
}

export const NO_HOLIDAYS: WorkingCalendar = { holidays: [], workdays: [] };

export function isWorkingDay(date: LocalDate, cal: WorkingCalendar): boolean {
  if (cal.workdays.includes(date)) return true;
  if (cal.holidays.includes(date)) return false;
  const d = weekday(date);
  return d !== 0 && d !== 6;
}

/** The n-th working day after `from` (the day of receipt does not count): the deadline of a step. */
export function addWorkingDays(from: LocalDate, n: number, cal: WorkingCalendar): LocalDate {
  let date = from;
  for (let left = n; left > 0;) {
    date = addDays(date, 1);
    if (isWorkingDay(date, cal)) left -= 1;
  }
  return date;
}

/** Working days after `after` up to and including `upTo` (0 when `upTo` is not later). */
export function workingDaysBetween(after: LocalDate, upTo: LocalDate, cal: WorkingCalendar): number {
  let count = 0;
  for (let date = addDays(after, 1); date <= upTo; date = addDays(date, 1)) {
    if (isWorkingDay(date, cal)) count += 1;
  }
  return count;
}
