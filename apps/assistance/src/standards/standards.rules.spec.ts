import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  childMonthlyAmountFen,
  findStandard,
  publishStandard,
  standardsProblems,
  type Standard,
} from './standards.rules';

const row = (over: Partial<Standard>): Standard => ({
  programme: 'DIBAO',
  regionCode: '450700',
  effectiveFrom: '2026-01-01',
  effectiveTo: null,
  monthlyAmountFen: 60000,
  childUpliftPercent: 20,
  ...over,
});

describe('rule 四(三)1 standards: amounts per region and effective period, as data', () => {
  const table = [
    row({ effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31', monthlyAmountFen: 58000 }),
    row({}),
    row({ regionCode: '450721', monthlyAmountFen: 55000, childUpliftPercent: 25 }),
    row({ programme: 'ORPHAN_ALLOWANCE', monthlyAmountFen: 120000, childUpliftPercent: 0 }),
  ];

  it('the standard in force on the date applies (a new year has a new standard)', () => {
    expect(findStandard(table, 'DIBAO', '450702', '2025-06-30')?.monthlyAmountFen).toBe(58000);
    expect(findStandard(table, 'DIBAO', '450702', '2026-01-01')?.monthlyAmountFen).toBe(60000);
  });

  it("a county's own standard beats the city's, down to a village of that county", () => {
    expect(findStandard(table, 'DIBAO', '450721', '2026-03-01')?.monthlyAmountFen).toBe(55000);
    expect(findStandard(table, 'DIBAO', '450721101201', '2026-03-01')?.monthlyAmountFen).toBe(55000);
  });

  it('no standard before the first period or for a programme without one', () => {
    expect(findStandard(table, 'DIBAO', '450702', '2024-12-31')).toBeNull();
    expect(findStandard(table, 'TEKUN_SUPPORT', '450702', '2026-01-01')).toBeNull();
  });

  it('rule 四(三)1 dibao for children: the level is raised by the uplift (600.00 yuan + 20 % = 720.00)', () => {
    expect(childMonthlyAmountFen({ monthlyAmountFen: 60000, childUpliftPercent: 20 })).toBe(72000);
  });

  it('rule 四(三)1 temporary assistance for children: raised level, rounded half up to the fen', () => {
    expect(childMonthlyAmountFen({ monthlyAmountFen: 50000, childUpliftPercent: 30 })).toBe(65000);
    expect(childMonthlyAmountFen({ monthlyAmountFen: 33333, childUpliftPercent: 15 })).toBe(38333); // 38332.95
  });

  it('rule 四(三)1 orphan allowance and 特困 support: the standard amount, no uplift', () => {
    expect(childMonthlyAmountFen({ monthlyAmountFen: 120000, childUpliftPercent: 0 })).toBe(120000);
  });

  it('refuses overlapping periods, negative amounts and fractions of a fen', () => {
    expect(
      standardsProblems([
        row({}),
        row({ effectiveFrom: '2026-06-01' }),
        row({ regionCode: '450703', monthlyAmountFen: -1 }),
        row({ regionCode: '450722', monthlyAmountFen: 100.5 }),
      ]),
    ).toEqual([
      'DIBAO in 450700 from 2026-01-01: overlaps the period from 2026-06-01',
      'DIBAO in 450703 from 2026-01-01: monthlyAmountFen must be a whole number of fen, 0 or more',
      'DIBAO in 450722 from 2026-01-01: monthlyAmountFen must be a whole number of fen, 0 or more',
    ]);
  });

  it('the shipped standards of Qinzhou have no problems', () => {
    const shipped = JSON.parse(
      readFileSync(join(__dirname, '..', '..', 'data', 'standards-qinzhou.json'), 'utf8'),
    ) as Standard[];
    expect(standardsProblems(shipped)).toEqual([]);
  });
});

describe('rule 四(三)1 standards: a county publishes a new standard', () => {
  const current = [
    row({ effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31', monthlyAmountFen: 58000 }),
    row({ effectiveFrom: '2026-01-01', effectiveTo: null }),
  ];

  it('the standard in force ends the day before the new one, which runs open-ended', () => {
    const next = { ...row({ effectiveFrom: '2027-01-01', monthlyAmountFen: 63000 }) };
    expect(publishStandard(current, next)).toEqual({
      rows: [
        { ...next, effectiveTo: null },
        { ...current[1], effectiveTo: '2026-12-31' },
      ],
      problems: [],
    });
  });

  it('a county’s first standard of its own leaves the city’s as it is', () => {
    const own = row({ regionCode: '450722', effectiveFrom: '2027-01-01', monthlyAmountFen: 61000 });
    expect(publishStandard(current, own).rows).toEqual([{ ...own, effectiveTo: null }]);
  });

  it('refuses a standard starting on or before an existing period of the same programme and region', () => {
    expect(publishStandard(current, row({ effectiveFrom: '2026-01-01' })).problems).toEqual([
      expect.stringContaining('already starts on 2026-01-01'),
    ]);
    expect(
      publishStandard(current, row({ effectiveFrom: '2026-06-01', monthlyAmountFen: -5 })).problems,
    ).toEqual([expect.stringContaining('monthlyAmountFen')]);
  });
});
