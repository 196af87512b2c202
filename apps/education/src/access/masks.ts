import { maskResidentId } from '@qz/identity';

/**
 * A student-status number (学籍号, "G" + the 18-character resident ID number) for a role outside
 * education: the letter, the prefecture and the last four stay, as for identity numbers.
 */
export function maskStudentNumber(value: string | null | undefined): string | null {
  if (value == null) return null;
  const letter = /^[A-Za-z]/.test(value) ? value[0] : '';
  return `${letter}${maskResidentId(value.slice(letter.length))}`;
}
