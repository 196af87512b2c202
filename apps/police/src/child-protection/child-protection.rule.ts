import { isAgeWithin, type LocalDate } from '@qz/kernel';

/**
 * Under 16: may not live alone without a guardian; found alone, it is a case for police (四(一)1, 四(二)3)
 */
export function isForbiddenToLiveAlone(birthDate: LocalDate, on: LocalDate): boolean {
  return isAgeWithin(birthDate, on, 0, 16);
}
