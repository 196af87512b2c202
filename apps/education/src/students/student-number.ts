import { randomInt } from 'node:crypto';
import { maskStudentNumber } from '../access/masks';

/** Capital letters and digits that cannot be misread (no I, O, 0, 1). */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** 学籍 (student status): what every number issued here starts with. */
export const STUDENT_NUMBER_PREFIX = 'XJ';
const RANDOM_LENGTH = 10;

/**
 * A new student number, issued by the education service at enrolment (issue 16 §2): random and
 * opaque, never derived from the child's resident ID number, so that nothing of the number can be
 * read from it. 32^10 values; a collision is refused by the unique index and drawn again.
 */
export function newStudentNumber(draw: (n: number) => number = randomInt): string {
  let out = STUDENT_NUMBER_PREFIX;
  for (let i = 0; i < RANDOM_LENGTH; i += 1) out += ALPHABET[draw(ALPHABET.length)];
  return out;
}

/** An older number that is the letter G (or none) and a resident ID number. */
const ID_SHAPED = /^[A-Z]?\d{17}[\dX]$/;

/**
 * A stored number as it is shown to anyone: numbers enrolled before issue 16 stay stored as they
 * were given (not migrated), but one shaped like a resident ID number is shown masked to every
 * role, school staff included.
 */
export function shownStudentNumber<T extends string | null | undefined>(value: T): T | string {
  return value && ID_SHAPED.test(value) ? (maskStudentNumber(value) ?? value) : value;
}
