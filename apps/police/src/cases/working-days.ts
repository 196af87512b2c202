import type { LocalDate } from '@qz/kernel';

/** Days the township counts for its assessment deadline (四(二)4); the county's working setting. */
export const ASSESSMENT_WORKING_DAYS = 5;

const weekday = (d: LocalDate) => new Date(`${d}T00:00:00Z`).getUTCDay();
const nextDay = (d: LocalDate) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The date `n` working days after `from` (Monday to Friday, minus the given public holidays);
 * `from` itself does not count.
 */
export function addWorkingDays(from: LocalDate, n: number, holidays: readonly LocalDate[] = []): LocalDate {
  let d = from;
  let left = n;
  while (left > 0) {
    d = nextDay(d);
    const w = weekday(d);
    if (w !== 0 && w !== 6 && !holidays.includes(d)) left -= 1;
  }
  return d;
}
