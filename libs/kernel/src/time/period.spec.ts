import { indicatorPeriod } from './period';

describe('the period of an indicators query (docs/domain/indicators.md), the same in every department', () => {
  it('takes real dates, from not after to, up to a leap year', () => {
    expect(indicatorPeriod('2024-01-01', '2024-12-31')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(indicatorPeriod('2026-03-05', '2026-03-05')).toEqual({ from: '2026-03-05', to: '2026-03-05' });
  });

  it.each([
    ['2026-02-30', '2026-03-01', 'INVALID_DATE', 'from'],
    ['2026-03-01', '31/03/2026', 'INVALID_DATE', 'to'],
    ['2026-03-02', '2026-03-01', 'PERIOD_REVERSED', 'from'],
    ['2025-01-01', '2026-01-02', 'PERIOD_TOO_LONG', 'to'],
  ])('refuses %s to %s with %s naming %s', (from, to, code, field) => {
    expect(() => indicatorPeriod(from, to)).toThrow(expect.objectContaining({ code, details: { field } }));
  });
});
