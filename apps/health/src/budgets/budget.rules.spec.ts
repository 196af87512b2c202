import { budgetId, fits } from './budget.rules';

describe('rule 五(三) (funding; DOMAIN §3 budgets per region and year): an approval reserves only what is left', () => {
  it('an amount fits while used + amount stays within the limit, up to the last fen', () => {
    expect(fits(30_000, 29_000, 1_000)).toBe(true);
    expect(fits(30_000, 29_001, 1_000)).toBe(false);
  });

  it('one budget per county, programme and year', () => {
    expect(budgetId('450721', 'REHAB', 2026)).toBe('450721:REHAB:2026');
  });
});
