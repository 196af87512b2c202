import { isAgeWithin, type LocalDate } from '@qz/kernel';

/**
 * Of the age for rehabilitation assistance for disabled children: 0 to 6 years old (四(三)2)
 */
export function isRehabAssistanceAge(birthDate: LocalDate, on: LocalDate): boolean {
  return isAgeWithin(birthDate, on, 0, 7);
}
