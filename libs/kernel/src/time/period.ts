import { DomainError } from '../errors/domain-error';
import { parseLocalDate, type LocalDate } from './local-date';

/** A period of days, both ends included. */
export interface Period {
  from: LocalDate;
  to: LocalDate;
}

/** The longest period indicators are computed for: a year, leap day included. */
export const MAX_INDICATOR_PERIOD_DAYS = 366;

const dayNumber = (d: LocalDate) =>
  Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000;

/** Days from `from` to `to`, both counted (a one-day period is 1). */
export const daysInPeriod = (p: Period): number => dayNumber(p.to) - dayNumber(p.from) + 1;

/**
 * The period of an indicators query (docs/domain/indicators.md), the same in every department: real dates
 * (INVALID_DATE), `from` not after `to` (PERIOD_REVERSED), at most a year (PERIOD_TOO_LONG); each
 * refusal names the argument at fault.
 */
export function indicatorPeriod(from: string, to: string): Period {
  const period = { from: parseLocalDate(from, 'from'), to: parseLocalDate(to, 'to') };
  if (period.from > period.to) {
    throw new DomainError('PERIOD_REVERSED', `from ${from} is after to ${to}; give from <= to`, 'invalid', {
      field: 'from',
    });
  }
  const days = daysInPeriod(period);
  if (days > MAX_INDICATOR_PERIOD_DAYS) {
    throw new DomainError(
      'PERIOD_TOO_LONG',
      `the period ${from} to ${to} is ${days} days; it may be at most ${MAX_INDICATOR_PERIOD_DAYS}`,
      'invalid',
      { field: 'to' },
    );
  }
  return period;
}
