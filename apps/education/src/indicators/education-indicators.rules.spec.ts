import { educationIndicators } from './education-indicators.rules';

const period = { from: '2026-03-01', to: '2026-03-31' };
const today = '2026-04-15';
const aCase = (over: Record<string, unknown> = {}) => ({
  openedOn: '2026-02-20',
  returnedOn: null,
  status: 'REGISTERED' as const,
  reportDueOn: null,
  report: null,
  escalation: null,
  ...over,
});

describe('indicators docs/domain/indicators.md (四(二)6 控辍保学): education’s part for a region and period', () => {
  it('an open dropout case is one registered by the end of the period and not returned by then', () => {
    const values = educationIndicators(
      [
        aCase(),
        aCase({ openedOn: '2026-04-02' }), // registered after the period
        aCase({ status: 'RETURNED', returnedOn: '2026-03-10' }), // returned in it
        aCase({ status: 'RETURNED', returnedOn: '2026-04-05' }), // still out at its end
      ],
      period,
      today,
    );
    expect(values.openDropoutCases).toBe(2);
    expect(values.dropoutCasesOpened).toBe(0);
  });

  it('returned to school counts returns in the period; the mean days run from registration to return', () => {
    const values = educationIndicators(
      [
        aCase({ openedOn: '2026-03-01', status: 'RETURNED', returnedOn: '2026-03-11' }), // 10 days
        aCase({ openedOn: '2026-02-20', status: 'RETURNED', returnedOn: '2026-03-06' }), // 14 days
        aCase({ openedOn: '2026-02-01', status: 'RETURNED', returnedOn: '2026-03-04' }), // 31 days
        aCase({ openedOn: '2026-01-01', status: 'RETURNED', returnedOn: '2026-02-28' }), // before
      ],
      period,
      today,
    );
    expect(values.returnedToSchool).toBe(3);
    expect(values.meanDaysToReturn).toBe(18.3);
    expect(values.dropoutCasesOpened).toBe(1);
  });

  it('no return in the period: the mean days to return is null, not zero', () => {
    expect(educationIndicators([aCase()], period, today).meanDaysToReturn).toBeNull();
  });

  it('an overdue report fell due in the period and came late, or is still missing past its due day', () => {
    const due = '2026-03-10';
    const values = educationIndicators(
      [
        aCase({ status: 'FLAGGED', reportDueOn: due }), // missing
        aCase({ status: 'REPORTED', reportDueOn: due, report: { submittedOn: '2026-03-12' } }), // late
        aCase({ status: 'REPORTED', reportDueOn: due, report: { submittedOn: '2026-03-10' } }), // on time
        aCase({ status: 'FLAGGED', reportDueOn: '2026-04-20' }), // due after the period
        aCase({ status: 'RETURNED', reportDueOn: due, returnedOn: '2026-03-05' }), // returned first
      ] as never,
      period,
      today,
    );
    expect(values.overdueReports).toBe(2);
  });

  it('escalations to the county government are counted on the day of the escalation', () => {
    const values = educationIndicators(
      [
        aCase({ status: 'ESCALATED', escalation: { on: '2026-03-20' } }),
        aCase({ status: 'ESCALATED', escalation: { on: '2026-02-27' } }),
      ] as never,
      period,
      today,
    );
    expect(values.escalations).toBe(1);
  });
});
