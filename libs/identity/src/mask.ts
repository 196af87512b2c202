import { maskResidentIdNumber } from '@qz/kernel';

/**
 * A resident ID number shown to a role that does not need it: nothing of it shows
 * (`******************`), see the kernel's maskResidentIdNumber. The roles that need the number
 * read it whole, and every such read is in the access log.
 */
export function maskResidentId(value: string | null | undefined): string | null {
  if (value == null) return null;
  return maskResidentIdNumber(value);
}
