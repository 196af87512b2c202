import { healthIndicators, type IndicatorApplication } from './health-indicators.rules';

const at = (d: string) => new Date(`${d}T04:00:00Z`); // noon in China
const app = (over: Partial<IndicatorApplication>): IndicatorApplication => ({
  programme: 'MEDICAL_ASSISTANCE',
  regionCode: '450702100201',
  submittedAt: at('2026-03-01'),
  computation: { amountFen: 1_000 },
  approvedAmountFen: null,
  steps: [{ step: 'SUBMITTED', at: at('2026-03-01') }],
  ...over,
});

describe('rule 五(一) indicators: subsidies applied, approved, paid and budget used, per programme', () => {
  const period = { from: '2026-01-01', to: '2026-06-30' };
  const paidApp = app({
    approvedAmountFen: 800,
    steps: [
      { step: 'SUBMITTED', at: at('2026-03-01') },
      { step: 'APPROVED', at: at('2026-03-05') },
      { step: 'DISBURSED', at: at('2026-07-02') },
    ],
  });
  const budgets = [
    {
      programme: 'MEDICAL_ASSISTANCE' as const,
      regionCode: '450702',
      year: 2026,
      limitFen: 10_000,
      usedFen: 2_500,
      disbursedFen: 1_000,
    },
    {
      programme: 'MEDICAL_ASSISTANCE' as const,
      regionCode: '450703',
      year: 2026,
      limitFen: 50_000,
      usedFen: 50_000,
      disbursedFen: 0,
    },
    {
      programme: 'MEDICAL_ASSISTANCE' as const,
      regionCode: '450702',
      year: 2025,
      limitFen: 70_000,
      usedFen: 1,
      disbursedFen: 0,
    },
  ];
  const apps = [
    paidApp,
    app({ submittedAt: at('2025-12-31'), steps: [{ step: 'REFUSED', at: at('2026-01-02') }] }),
    app({ regionCode: '450703100001' }),
    app({ programme: 'REHAB', computation: { amountFen: 5_000 } }),
  ];

  it('counts each step in the period by its day in China, with its amount', () => {
    const [medical, rehab, tomorrow] = healthIndicators('450702', period, apps, budgets);
    expect(medical).toMatchObject({
      programme: 'MEDICAL_ASSISTANCE',
      applied: { count: 1, fen: 1_000 },
      approved: { count: 1, fen: 800 },
      paid: { count: 0, fen: 0 }, // paid on 2 July, after the period
      refused: 1,
    });
    expect(rehab).toMatchObject({ programme: 'REHAB', applied: { count: 1, fen: 5_000 } });
    expect(tomorrow).toMatchObject({ programme: 'TOMORROW_PLAN', applied: { count: 0, fen: 0 } });
  });
  it('budget used: the budgets of the counties inside the region for the years of the period', () => {
    const [medical] = healthIndicators('450702', period, apps, budgets);
    expect(medical).toMatchObject({
      budgetLimitFen: 10_000,
      budgetUsedFen: 2_500,
      budgetDisbursedFen: 1_000,
      budgetUsedBp: 2_500,
    });
    const [city] = healthIndicators('450700', period, apps, budgets);
    expect(city).toMatchObject({ applied: { count: 2 }, budgetLimitFen: 60_000, budgetUsedFen: 52_500 });
  });
  it('a township holds no budget of its own and counts only its children', () => {
    const [township] = healthIndicators('450702100', period, apps, budgets);
    expect(township).toMatchObject({ applied: { count: 1 }, budgetLimitFen: 0, budgetUsedBp: 0 });
    const [other] = healthIndicators('450702101', period, apps, budgets);
    expect(other).toMatchObject({ applied: { count: 0, fen: 0 } });
  });
});
