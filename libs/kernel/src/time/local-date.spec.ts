import { ageInYears, isAgeWithin, isLocalDate, localDateInChina } from './local-date';

describe('local dates', () => {
  it('knows real dates from impossible ones', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('2023-13-01')).toBe(false);
    expect(isLocalDate('20230101')).toBe(false);
  });

  it('counts whole years of age, the day before and on the birthday', () => {
    expect(ageInYears('2010-06-15', '2026-06-14')).toBe(15);
    expect(ageInYears('2010-06-15', '2026-06-15')).toBe(16);
  });

  it('tells whether an age falls in a window, lower bound included, upper excluded', () => {
    expect(isAgeWithin('2020-06-15', '2026-06-15', 6, 16)).toBe(true);
    expect(isAgeWithin('2020-06-15', '2026-06-14', 6, 16)).toBe(false);
    expect(isAgeWithin('2010-06-15', '2026-06-15', 6, 16)).toBe(false);
  });

  it('takes the date in China time (UTC+8)', () => {
    expect(localDateInChina(new Date('2026-11-29T16:30:00Z'))).toBe('2026-11-30');
    expect(localDateInChina(new Date('2026-11-29T15:59:59Z'))).toBe('2026-11-29');
  });
});
