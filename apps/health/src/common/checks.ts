import { parseLocalDate, type LocalDate } from '@qz/kernel';
import { HealthErrors } from './health.errors';
import { MAX_FEN } from './money';

/** A money amount that must be above zero and plausible. */
export function positiveFen(value: number, field: string): number {
  if (value <= 0) throw HealthErrors.amountNotPositive(field, value);
  if (value > MAX_FEN) throw HealthErrors.amountTooLarge(field, value, MAX_FEN);
  return value;
}

/** A money amount that may be zero. */
export function nonNegativeFen(value: number, field: string): number {
  if (value < 0) throw HealthErrors.amountNotPositive(field, value);
  if (value > MAX_FEN) throw HealthErrors.amountTooLarge(field, value, MAX_FEN);
  return value;
}

/** A real date that is not after today. */
export function pastOrToday(value: string, field: string, today: LocalDate): LocalDate {
  const date = parseLocalDate(value, field);
  if (date > today) throw HealthErrors.dateInFuture(field, date, today);
  return date;
}
