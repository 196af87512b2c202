import { DomainError } from '../errors/domain-error';
import { isLocalDate, type LocalDate } from '../time/local-date';

/**
 * The 18-character citizen identity number of GB 11643-1999:
 * 6-digit address code, 8-digit birth date, 3-digit sequence (odd = male, even = female),
 * and a check character computed by ISO 7064 MOD 11-2 ('0'-'9' or 'X').
 */
export interface ResidentIdNumber {
  value: string;
  addressCode: string;
  birthDate: LocalDate;
  sex: 'MALE' | 'FEMALE';
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

/** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('residentIdCheckChar needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/**
 * Parses and checks an identity number. `today` (YYYY-MM-DD) bounds the birth date: nobody is
 * registered before they are born. Throws a DomainError naming `field` and what is wrong.
 */
export function parseResidentIdNumber(
  raw: string,
  today: LocalDate,
  field = 'residentIdNumber',
): ResidentIdNumber {
  const value = raw.trim().toUpperCase();
  if (!SHAPE.test(value)) {
    throw new DomainError(
      'RESIDENT_ID_FORMAT',
      `${field} must be 18 characters: 17 digits and a final digit or X (got ${value.length} characters)`,
      'invalid',
      { field },
    );
  }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isLocalDate(birthDate) || birthDate < '1900-01-01') {
    throw new DomainError(
      'RESIDENT_ID_BIRTH_DATE_INVALID',
      `${field} holds the birth date ${value.slice(6, 14)}, which is not a real date`,
      'invalid',
      { field },
    );
  }
  if (birthDate > today) {
    throw new DomainError(
      'RESIDENT_ID_BIRTH_DATE_FUTURE',
      `${field} holds the birth date ${birthDate}, which is in the future`,
      'invalid',
      { field },
    );
  }
  const expected = residentIdCheckChar(value.slice(0, 17));
  if (value[17] !== expected) {
    throw new DomainError(
      'RESIDENT_ID_CHECK_DIGIT',
      `${field} has the check character ${value[17]} but its first 17 digits require ${expected}; a digit was probably mistyped`,
      'invalid',
      { field },
    );
  }
  return {
    value,
    addressCode: value.slice(0, 6),
    birthDate,
    sex: Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
  };
}

/**
 * A resident ID number for someone who does not need it: every character hidden
 * (`******************`). Whoever reads a child's masked number also reads the child's region and
 * birth date, which give the first fourteen characters; the last four (sequence and check digit)
 * are then all that is unknown, so none of them may show (issue 16 §2). Only the length stays.
 */
export function maskResidentIdNumber(value: string): string {
  return '*'.repeat(value.length);
}
