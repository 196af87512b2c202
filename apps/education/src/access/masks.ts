import { maskResidentId } from '@qz/identity';

/**
 * A student number for a role outside education: only its leading letter stays (an older number
 * given as "G" + the resident ID number shows as `G******************`).
 */
export function maskStudentNumber(value: string | null | undefined): string | null {
  if (value == null) return null;
  const letter = /^[A-Za-z]/.test(value) ? value[0] : '';
  return `${letter}${maskResidentId(value.slice(letter.length))}`;
}
