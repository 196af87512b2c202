import type { AssistanceProgramme } from '@qz/contracts';
import { addDays, type LocalDate } from '@qz/kernel';
import { birthdayAt, lastDayOf, monthOf } from '../shared/dates';

export type BenefitStatus = 'ACTIVE' | 'SUSPENDED' | 'ENDED';

export interface Term {
  startDate: LocalDate;
  endDate: LocalDate | null;
}

/**
 * The last day a benefit is paid when the caseworker gives no end: the orphan allowance and dibao
 * for a child end the day before the 18th birthday (majority), 特困 support for a child the day
 * before the 16th (四(三)1 "未满16周岁"), temporary assistance at the end of its first month.
 */
export function defaultEndDate(programme: AssistanceProgramme, birthDate: LocalDate, start: LocalDate) {
  switch (programme) {
    case 'ORPHAN_ALLOWANCE':
    case 'DIBAO':
      return addDays(birthdayAt(birthDate, 18), -1);
    case 'TEKUN_SUPPORT':
      return addDays(birthdayAt(birthDate, 16), -1);
    case 'TEMPORARY_ASSISTANCE':
      return lastDayOf(monthOf(start));
  }
}

/** Two terms share at least one day (an open end runs for ever). */
export function overlaps(a: Term, b: Term): boolean {
  const endA = a.endDate ?? '9999-12-31';
  const endB = b.endDate ?? '9999-12-31';
  return a.startDate <= endB && b.startDate <= endA;
}

export type BenefitAction = 'suspend' | 'resume' | 'end' | 'change';

/** Which status each action leaves, from which statuses it is allowed. */
const TRANSITIONS: Record<BenefitAction, { from: BenefitStatus[]; to?: BenefitStatus }> = {
  suspend: { from: ['ACTIVE'], to: 'SUSPENDED' },
  resume: { from: ['SUSPENDED'], to: 'ACTIVE' },
  end: { from: ['ACTIVE', 'SUSPENDED'], to: 'ENDED' },
  change: { from: ['ACTIVE', 'SUSPENDED'] },
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function transition(status: BenefitStatus, action: BenefitAction): BenefitStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(status) ? (t.to ?? status) : null;
}
