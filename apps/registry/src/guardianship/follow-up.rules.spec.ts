import { WorkingCalendar } from '@qz/kernel';
import {
  FOLLOW_UP_WORKING_DAYS,
  followUpAfter,
  isDueForEscalation,
  type GuardianshipFollowUp,
} from './follow-up.rules';
import type { GuardianshipState } from './guardianship.rules';

/** National Day 2026 as a schedule: Oct 1–7 off, Saturday Oct 10 worked instead (调休). */
const calendar = WorkingCalendar.of({
  '2026': {
    holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
    workdays: ['2026-10-10'],
  },
});
const gap: GuardianshipState = { situation: 'NO_AGREEMENT', validUntil: null, daysLeft: null };
const ended: GuardianshipState = { situation: 'AGREEMENT_ENDED', validUntil: '2026-09-01', daysLeft: -29 };
const open: GuardianshipFollowUp = {
  situation: 'NO_AGREEMENT',
  openedOn: '2026-09-30',
  dueOn: '2026-10-20',
  escalatedOn: null,
};

describe('rule 四(一)3: a missing entrusted-guardianship agreement is the township and village’s task first', () => {
  it(`a new gap opens a follow-up due ${FOLLOW_UP_WORKING_DAYS} working days later, holidays and 调休 counted`, () => {
    // Oct 1–7 off, the make-up Saturday Oct 10 worked: the 10th working day after Sep 30 is Oct 20.
    expect(followUpAfter(null, gap, '2026-09-30', calendar)).toEqual(open);
  });

  it('an ended agreement is a gap too', () => {
    expect(followUpAfter(undefined, ended, '2026-09-30', calendar)).toMatchObject({
      situation: 'AGREEMENT_ENDED',
      dueOn: '2026-10-20',
    });
  });

  it('the follow-up keeps its deadline while the gap lasts (an agreement already ended does not put it right)', () => {
    expect(followUpAfter(open, ended, '2026-10-12', calendar)).toEqual({
      ...open,
      situation: 'AGREEMENT_ENDED',
    });
  });

  it('a deadline in a year the calendar does not know is left open, never guessed, and set once it is known', () => {
    const late = followUpAfter(null, gap, '2026-12-28', calendar);
    expect(late).toEqual({
      situation: 'NO_AGREEMENT',
      openedOn: '2026-12-28',
      dueOn: null,
      escalatedOn: null,
    });
    expect(isDueForEscalation(late, '2027-03-01')).toBe(false);
    const known = calendar.extendedWith({ '2027': { holidays: ['2027-01-01'], workdays: [] } });
    expect(followUpAfter(late, gap, '2027-01-04', known)).toMatchObject({
      openedOn: '2026-12-28',
      dueOn: '2027-01-12',
    });
  });

  it('closes when the child is covered, when the agreement is only ending soon, or when not left-behind', () => {
    const covered: GuardianshipState = { situation: 'COVERED', validUntil: '2027-09-30', daysLeft: 365 };
    const endingSoon: GuardianshipState = {
      situation: 'AGREEMENT_ENDING_SOON',
      validUntil: '2026-10-20',
      daysLeft: 8,
    };
    expect(followUpAfter(open, covered, '2026-10-12', calendar)).toBeNull();
    expect(followUpAfter(null, endingSoon, '2026-10-12', calendar)).toBeNull();
    expect(followUpAfter(open, null, '2026-10-12', calendar)).toBeNull();
  });
});

describe('rule 四(一)3 / 四(二)2: only a gap not put right by its deadline goes to police', () => {
  it('not before the deadline, nor on the due day itself', () => {
    expect(isDueForEscalation(open, '2026-10-12')).toBe(false);
    expect(isDueForEscalation(open, '2026-10-20')).toBe(false);
  });

  it('the day after the due day, once', () => {
    expect(isDueForEscalation(open, '2026-10-21')).toBe(true);
    expect(isDueForEscalation({ ...open, escalatedOn: '2026-10-21' }, '2026-10-22')).toBe(false);
  });

  it('nothing to escalate without a follow-up', () => {
    expect(isDueForEscalation(null, '2026-10-21')).toBe(false);
  });
});
