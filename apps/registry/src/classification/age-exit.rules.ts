import { ageInYears, type LocalDate } from '@qz/kernel';

/** 三(二): a left-behind child is under 16; the status ends on the 16th birthday. */
export const LEFT_BEHIND_BELOW_AGE = 16;

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The day a child turns 16; born on 29 February, 1 March in a common year (as ageInYears counts). */
export function sixteenthBirthday(birthDate: LocalDate): LocalDate {
  const year = Number(birthDate.slice(0, 4)) + LEFT_BEHIND_BELOW_AGE;
  const md = birthDate.slice(5) === '02-29' && !isLeapYear(year) ? '03-01' : birthDate.slice(5);
  return `${String(year).padStart(4, '0')}-${md}`;
}

/**
 * 三(二), 四(一)3 动态管理: the day a removal of LEFT_BEHIND took effect when the age ended it — the
 * 16th birthday, whenever the recomputation that saw it ran (the sweep, a later change, a restart
 * after days down); null when LEFT_BEHIND was not removed or the child is not 16 yet (another
 * cause, such as a parent's return, took effect the day it was recorded).
 */
export function ageExitOn(
  birthDate: LocalDate,
  removed: readonly string[],
  today: LocalDate,
): LocalDate | null {
  if (!removed.includes('LEFT_BEHIND')) return null;
  return ageInYears(birthDate, today) >= LEFT_BEHIND_BELOW_AGE ? sixteenthBirthday(birthDate) : null;
}

/**
 * 三(二): a child already 16 when registered was never left-behind in the ledger; the history says
 * so from the start, with the day the age ended the status (null for a child under 16).
 */
export function agedOutBeforeRegistration(
  birthDate: LocalDate,
  today: LocalDate,
): { effectiveOn: LocalDate; reason: string } | null {
  if (ageInYears(birthDate, today) < LEFT_BEHIND_BELOW_AGE) return null;
  const effectiveOn = sixteenthBirthday(birthDate);
  return {
    effectiveOn,
    reason: `aged 16 on ${effectiveOn}, before registration: not left-behind from that day, whatever the parents' situation (三(二))`,
  };
}
