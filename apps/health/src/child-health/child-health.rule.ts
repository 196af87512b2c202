import { ageInYears, type LocalDate } from '@qz/kernel';

/**
 * Of the age for rehabilitation assistance for disabled children: 0 to 6 years old (四(三)2)
 */
export function isRehabAssistanceAge(birthDate: LocalDate, on: LocalDate): boolean {
  const age = ageInYears(birthDate, on);
  return age >= 0 && age < 7;
}
