import { lineFor, payableIn, totals, type PayableBenefit } from './payment-roll.rules';

const benefit = (over: Partial<PayableBenefit>): PayableBenefit => ({
  id: 'b1',
  childId: 'c1',
  programme: 'ORPHAN_ALLOWANCE',
  status: 'ACTIVE',
  monthlyAmountFen: 120000,
  startDate: '2026-03-15',
  endDate: null,
  ...over,
});

describe('monthly payment roll: who is paid', () => {
  it('an active benefit is paid for every month its term touches, in full', () => {
    expect(payableIn(benefit({}), '2026-03')).toBe(true);
    expect(payableIn(benefit({}), '2026-02')).toBe(false);
    expect(payableIn(benefit({ endDate: '2026-05-01' }), '2026-05')).toBe(true);
    expect(payableIn(benefit({ endDate: '2026-04-30' }), '2026-05')).toBe(false);
  });

  it('a suspended or ended benefit is not on the roll', () => {
    expect(payableIn(benefit({ status: 'SUSPENDED' }), '2026-04')).toBe(false);
    expect(payableIn(benefit({ status: 'ENDED', endDate: '2026-12-31' }), '2026-04')).toBe(false);
  });
});

describe('monthly payment roll: totals per programme equal the sum of the lines', () => {
  it('hand-worked: two orphans at 1,200.00, one dibao child at 720.00, one temporary at 650.00', () => {
    const lines = [
      benefit({ id: 'a' }),
      benefit({ id: 'b', childId: 'c2' }),
      benefit({ id: 'c', childId: 'c3', programme: 'DIBAO', monthlyAmountFen: 72000 }),
      benefit({ id: 'd', childId: 'c4', programme: 'TEMPORARY_ASSISTANCE', monthlyAmountFen: 65000 }),
    ].map(lineFor);
    expect(totals(lines)).toEqual({
      byProgramme: [
        { programme: 'ORPHAN_ALLOWANCE', lines: 2, amountFen: 240000 },
        { programme: 'DIBAO', lines: 1, amountFen: 72000 },
        { programme: 'TEMPORARY_ASSISTANCE', lines: 1, amountFen: 65000 },
      ],
      totalFen: 377000, // 2 × 1200.00 + 720.00 + 650.00 = 3770.00 yuan
    });
  });

  it('an empty roll totals 0', () => {
    expect(totals([])).toEqual({ byProgramme: [], totalFen: 0 });
  });
});
