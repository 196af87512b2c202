import { overdueStep, isSettled, type ApplicationState } from './application.rules';
import { addWorkingDays, isWorkingDay, NO_HOLIDAYS, workingDaysBetween } from './working-days.rules';

const NATIONAL_DAY = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-10-10'],
};

describe('rule 四(四)1 working-day deadlines of the one-window steps', () => {
  it('weekends are not working days; 调休 Saturdays are, holidays are not', () => {
    expect(isWorkingDay('2026-11-28', NO_HOLIDAYS)).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-30', NO_HOLIDAYS)).toBe(true); // Monday
    expect(isWorkingDay('2026-10-01', NATIONAL_DAY)).toBe(false);
    expect(isWorkingDay('2026-10-10', NATIONAL_DAY)).toBe(true);
  });

  it('5 working days after a Thursday receipt end on the next Thursday', () => {
    expect(addWorkingDays('2026-11-26', 5, NO_HOLIDAYS)).toBe('2026-12-03');
  });

  it('a receipt on a Friday: the weekend does not count', () => {
    expect(addWorkingDays('2026-11-27', 1, NO_HOLIDAYS)).toBe('2026-11-30');
  });

  it('holidays push the deadline out; a worked Saturday counts', () => {
    // Received Wed 30 Sep: Thu 1, Fri 2, Mon 5, Tue 6, Wed 7 off; Thu 8, Fri 9, Sat 10 (worked) count.
    expect(addWorkingDays('2026-09-30', 3, NATIONAL_DAY)).toBe('2026-10-10');
  });

  it('working days late are counted after the deadline', () => {
    expect(workingDaysBetween('2026-12-03', '2026-12-03', NO_HOLIDAYS)).toBe(0);
    expect(workingDaysBetween('2026-12-03', '2026-12-07', NO_HOLIDAYS)).toBe(2); // Fri 4, Mon 7
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
    expect(overdueStep(app({}), '2026-12-03', NO_HOLIDAYS)).toBeNull();
    expect(overdueStep(app({}), '2026-12-04', NO_HOLIDAYS)).toEqual({
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
    expect(overdueStep(reviewed, '2026-12-14', NO_HOLIDAYS)).toBeNull();
    expect(overdueStep(reviewed, '2026-12-15', NO_HOLIDAYS)?.step).toBe('COUNTY_APPROVAL');
  });

  it('an approved or returned application has no open step', () => {
    expect(overdueStep(app({ status: 'APPROVED' }), '2027-12-31', NO_HOLIDAYS)).toBeNull();
    expect(overdueStep(app({ status: 'RETURNED' }), '2027-12-31', NO_HOLIDAYS)).toBeNull();
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
