import { overdueStep, isSettled, type ApplicationState } from './application.rules';
import { officialWorkingCalendar } from '@qz/kernel';

/** The one working-day calendar (official holidays and 调休), as the service uses it. */
const calendar = officialWorkingCalendar();

describe('rule 四(四)1 working-day deadlines of the one-window steps', () => {
  it('weekends are not working days; 调休 Saturdays are, holidays are not', () => {
    expect(calendar.isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-11-30')).toBe(true); // Monday
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
  });

  it('5 working days after a Thursday receipt end on the next Thursday', () => {
    expect(calendar.addWorkingDays('2026-11-26', 5)).toBe('2026-12-03');
  });

  it('a receipt on a Friday: the weekend does not count', () => {
    expect(calendar.addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
  });

  it('holidays push the deadline out; a worked Saturday counts', () => {
    // Received Wed 30 Sep: Thu 1, Fri 2, Mon 5, Tue 6, Wed 7 off; Thu 8, Fri 9, Sat 10 (worked) count.
    expect(calendar.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
  });

  it('working days late are counted after the deadline', () => {
    expect(calendar.workingDaysBetween('2026-12-03', '2026-12-03')).toBe(0);
    expect(calendar.workingDaysBetween('2026-12-03', '2026-12-07')).toBe(2); // Fri 4, Mon 7
  });
});

describe('rule 四(四)1 township review, then county approval: which step is overdue', () => {
  const app = (over: Partial<ApplicationState>): ApplicationState => ({
    status: 'RECEIVED',
    review: { dueOn: '2026-12-03', doneOn: null },
    approval: null,
    parts: [{ status: 'WAITING' }],
    ...over,
  });

  it('the township review is overdue the day after its deadline, not on it', () => {
    expect(overdueStep(app({}), '2026-12-03', calendar)).toBeNull();
    expect(overdueStep(app({}), '2026-12-04', calendar)).toEqual({
      step: 'TOWNSHIP_REVIEW',
      dueOn: '2026-12-03',
      workingDaysLate: 1,
    });
  });

  it('once reviewed, the county approval’s deadline counts', () => {
    const reviewed = app({
      status: 'REVIEWED',
      review: { dueOn: '2026-12-03', doneOn: '2026-12-05' },
      approval: { dueOn: '2026-12-14', doneOn: null },
    });
    expect(overdueStep(reviewed, '2026-12-14', calendar)).toBeNull();
    expect(overdueStep(reviewed, '2026-12-15', calendar)?.step).toBe('COUNTY_APPROVAL');
  });

  it('an approved or returned application has no open step', () => {
    expect(overdueStep(app({ status: 'APPROVED' }), '2027-12-31', calendar)).toBeNull();
    expect(overdueStep(app({ status: 'RETURNED' }), '2027-12-31', calendar)).toBeNull();
  });

  it('settled when the county has decided and every part is decided', () => {
    expect(
      isSettled(app({ status: 'APPROVED', parts: [{ status: 'APPROVED' }, { status: 'ROUTED' }] })),
    ).toBe(false);
    expect(
      isSettled(app({ status: 'APPROVED', parts: [{ status: 'APPROVED' }, { status: 'REJECTED' }] })),
    ).toBe(true);
    expect(isSettled(app({ status: 'RETURNED' }))).toBe(true);
  });
});
