import { isAgeWithin, type LocalDate } from '@qz/kernel';

/**
 * Under 16: the age for 特困 support when without capacity, income and a capable supporter (四(三)1)
 */
export function isSpecialHardshipAge(birthDate: LocalDate, on: LocalDate): boolean {
  return isAgeWithin(birthDate, on, 0, 16);
}
