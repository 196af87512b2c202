import { indicatorPeriod } from './period';

/**
 * The period of an indicators query (docs/domain/indicators.md), the same in every department: the
 * cases the registry, education, health, police and assistance each asked of it, in one table.
 */
describe('the period of an indicators query (docs/domain/indicators.md), the same in every department', () => {
  it.each([
    ['2024-01-01', '2024-12-31'], // a leap year, 366 days
    ['2028-01-01', '2028-12-31'],
    ['2026-01-01', '2026-12-31'],
    ['2025-01-01', '2026-01-01'], // 366 days across a year end
    ['2026-03-05', '2026-03-05'], // a single day
  ])('takes %s to %s', (from, to) => {
    expect(indicatorPeriod(from, to)).toEqual({ from, to });
  });

  it.each([
    ['2026-02-30', '2026-03-01', 'INVALID_DATE', 'from'],
    ['2026-02-30', '2026-03-04', 'INVALID_DATE', 'from'],
    ['2026-03-01', '31/03/2026', 'INVALID_DATE', 'to'],
    ['2026-03-02', '2026-03-01', 'PERIOD_REVERSED', 'from'],
    ['2026-03-05', '2026-03-04', 'PERIOD_REVERSED', 'from'],
    ['2026-02-01', '2026-01-01', 'PERIOD_REVERSED', 'from'],
    ['2025-01-01', '2026-01-02', 'PERIOD_TOO_LONG', 'to'],
    ['2025-01-01', '2026-01-03', 'PERIOD_TOO_LONG', 'to'],
    ['2026-01-01', '2027-01-02', 'PERIOD_TOO_LONG', 'to'],
  ])('refuses %s to %s with %s naming %s', (from, to, code, field) => {
    expect(() => indicatorPeriod(from, to)).toThrow(expect.objectContaining({ code, details: { field } }));
  });

  it('names the field in the message too', () => {
    expect(() => indicatorPeriod('2026-02-30', '2026-03-04')).toThrow(/from/);
  });
});
