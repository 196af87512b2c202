import { parseLocalDate, type LocalDate } from '@qz/kernel';
import { HealthErrors } from './health.errors';
import { MAX_FEN } from './money';

/** A money amount that must be above zero and plausible. */
export function positiveFen(value: number, field: string): number {
  wholeFen(value, field);
  if (value <= 0) throw HealthErrors.amountNotPositive(field, value);
  if (value > MAX_FEN) throw HealthErrors.amountTooLarge(field, value, MAX_FEN);
  return value;
}

/** A money amount that may be zero. */
export function nonNegativeFen(value: number, field: string): number {
  wholeFen(value, field);
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

/** A whole number of fen: no fractions of a fen, no strings, no floats beyond 2^53. */
export function wholeFen(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value))
    throw HealthErrors.amountNotWholeFen(field, value);
  return value;
}
