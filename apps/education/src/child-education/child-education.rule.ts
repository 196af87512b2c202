import { isAgeWithin, type LocalDate } from '@qz/kernel';

/**
 * Of compulsory-education age: 6 to 15 years old, the nine years the school must keep the child in school (四(二)6 控辍保学)
 */
export function isCompulsoryEducationAge(birthDate: LocalDate, on: LocalDate): boolean {
  return isAgeWithin(birthDate, on, 6, 16);
}
