import { ageInYears, type LocalDate } from '@qz/kernel';

/**
 * Under 16: may not live alone without a guardian; found alone, it is a case for police (四(一)1, 四(二)3)
 */
export function isForbiddenToLiveAlone(birthDate: LocalDate, on: LocalDate): boolean {
  const age = ageInYears(birthDate, on);
  return age >= 0 && age < 16;
}
