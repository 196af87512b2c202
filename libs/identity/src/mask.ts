/**
 * A resident ID number shown to a role that does not need it: the first four digits (the
 * prefecture) and the last four (sequence and check digit) stay, the rest, birth date included,
 * becomes `*`. `450702201403091234` → `4507**********1234`.
 */
export function maskResidentId(value: string | null | undefined): string | null {
  if (value == null) return null;
  if (value.length <= 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}
