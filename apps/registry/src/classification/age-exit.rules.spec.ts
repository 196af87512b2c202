import { ageExitOn, agedOutBeforeRegistration, sixteenthBirthday } from './age-exit.rules';

describe('the age-16 exit of left-behind status, with its date (三(二), 四(一)3)', () => {
  it('三(二): the status ends on the 16th birthday; born 29 February, on 1 March when that year has none', () => {
    expect(sixteenthBirthday('2011-01-10')).toBe('2027-01-10');
    expect(sixteenthBirthday('2012-02-29')).toBe('2028-02-29');
    // 16 years after a leap year is a leap year, except across a century that is not one.
    expect(sixteenthBirthday('2084-02-29')).toBe('2100-03-01');
  });

  it('四(一)3: the age exit is dated on the birthday, however late the recomputation that saw it ran', () => {
    expect(ageExitOn('2011-01-10', ['LEFT_BEHIND'], '2027-01-10')).toBe('2027-01-10');
    expect(ageExitOn('2011-01-10', ['LEFT_BEHIND'], '2027-02-03')).toBe('2027-01-10');
  });

  it('三(二): a removal before 16 (a parent came home) or of another category is no age exit', () => {
    expect(ageExitOn('2011-01-10', ['LEFT_BEHIND'], '2027-01-09')).toBeNull();
    expect(ageExitOn('2011-01-10', ['POVERTY_DIBAO'], '2027-02-03')).toBeNull();
  });

  it('三(二): a child registered at 16 or over gets the age exit in its history from the start', () => {
    expect(agedOutBeforeRegistration('2009-05-01', '2026-11-02')).toEqual({
      effectiveOn: '2025-05-01',
      reason: expect.stringContaining('三(二)'),
    });
    expect(agedOutBeforeRegistration('2010-11-03', '2026-11-02')).toBeNull();
    expect(agedOutBeforeRegistration('2010-11-02', '2026-11-02')?.effectiveOn).toBe('2026-11-02');
  });
});
