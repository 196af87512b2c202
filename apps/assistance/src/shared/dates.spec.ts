import { birthdayAt, isYearMonth, lastDayOf } from './dates';

describe('calendar helpers', () => {
  it('knows the last day of a month, leap years included', () => {
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-11')).toBe('2026-11-30');
  });

  it('a child born on 29 February has birthdays on 1 March in common years', () => {
    expect(birthdayAt('2012-02-29', 18)).toBe('2030-03-01');
    expect(birthdayAt('2012-02-29', 16)).toBe('2028-02-29');
  });

  it('reads months', () => {
    expect(isYearMonth('2026-11')).toBe(true);
    expect(isYearMonth('2026-13')).toBe(false);
  });
});
