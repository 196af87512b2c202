import { addDays, addWorkingDays, daysBetween, isWorkingDay } from './dates';

describe('rule 四(二)6 书面报告 deadline: working days are Monday to Friday', () => {
  it('Saturday and Sunday are not working days', () => {
    expect(isWorkingDay('2026-11-27')).toBe(true); // Friday
    expect(isWorkingDay('2026-11-28')).toBe(false);
    expect(isWorkingDay('2026-11-29')).toBe(false);
    expect(isWorkingDay('2026-11-30')).toBe(true); // Monday
  });

  it('3 working days after a Thursday is the next Tuesday', () => {
    expect(addWorkingDays('2026-11-26', 3)).toBe('2026-12-01');
  });

  it('3 working days after a Saturday is the next Wednesday', () => {
    expect(addWorkingDays('2026-11-28', 3)).toBe('2026-12-02');
  });

  it('counts calendar days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-11-29', '2027-01-02')).toBe(34);
  });
});
