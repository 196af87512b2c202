import { SITUATION_TYPES } from '@qz/contracts';
import { median, policeIndicators, type IndicatorCase } from './indicators.rules';

const at = (iso: string) => new Date(iso);
const aCase = (over: Partial<IndicatorCase>): IndicatorCase => ({
  status: 'REPORTED',
  regionCode: '450702100201',
  reports: [{ situationType: 'LEFT_ALONE', receivedAt: at('2026-03-02T02:00:00Z') }],
  dispatchDueAt: at('2026-03-02T03:00:00Z'),
  dispatch: null,
  notification: null,
  assessment: null,
  ...over,
});
const MARCH = { from: '2026-03-01', to: '2026-03-31' };
const NOW = at('2026-04-10T00:00:00Z');

describe('docs/domain/indicators.md indicators, police part: 四(二)2 reports received by situation type', () => {
  it('counts the reports received in the period (China dates) in the region’s subtree', () => {
    const values = policeIndicators(
      [
        aCase({
          reports: [
            { situationType: 'MISSING', receivedAt: at('2026-02-28T16:30:00Z') }, // 1 March in China
            { situationType: 'LEFT_ALONE', receivedAt: at('2026-03-31T16:30:00Z') }, // 1 April in China
          ],
        }),
        aCase({ regionCode: '450703100201' }),
      ],
      '450702',
      MARCH,
      NOW,
    );
    expect(values.reportsReceived).toBe(1);
    expect(values.reportsBySituation).toContainEqual({ situationType: 'MISSING', reports: 1 });
    expect(values.reportsBySituation).toContainEqual({ situationType: 'LEFT_ALONE', reports: 0 });
    expect(values.reportsBySituation).toHaveLength(SITUATION_TYPES.length); // a row for every type
  });
});

describe('docs/domain/indicators.md indicators, police part: 四(二)3 time to first dispatch', () => {
  const dispatched = (minutes: number, withinSla = true) =>
    aCase({
      status: 'DISPATCHED',
      dispatch: {
        dispatchedAt: new Date(at('2026-03-02T02:00:00Z').getTime() + minutes * 60_000),
        withinSla,
      },
    });

  it('gives the median and the worst minutes from the first report, dispatched cases only', () => {
    const values = policeIndicators(
      [dispatched(10), dispatched(40), dispatched(20), dispatched(90, false), aCase({})],
      '450700',
      MARCH,
      NOW,
    );
    expect(values.casesDispatched).toBe(4);
    expect(values.medianMinutesToDispatch).toBe(30);
    expect(values.worstMinutesToDispatch).toBe(90);
  });

  it('counts overdue dispatches: after the SLA, or still undispatched past it as of now', () => {
    const notYetDue = aCase({ dispatchDueAt: at('2026-04-11T00:00:00Z') });
    const values = policeIndicators(
      [dispatched(10), dispatched(90, false), aCase({}), notYetDue],
      '450700',
      MARCH,
      NOW,
    );
    expect(values.dispatchesOverdue).toBe(2);
  });

  it('has no median or worst time without a dispatch', () => {
    const values = policeIndicators([], '450700', MARCH, NOW);
    expect(values).toMatchObject({ medianMinutesToDispatch: null, worstMinutesToDispatch: null });
    expect(median([3])).toBe(3);
  });
});

describe('docs/domain/indicators.md indicators, police part: 四(二)4 assessments overdue', () => {
  it('counts assessments due in the period recorded late or still missing after the due day', () => {
    const due = (dueOn: string, assessedOn?: string) =>
      aCase({
        status: assessedOn ? 'ASSESSED' : 'TOWNSHIP_NOTIFIED',
        notification: { assessmentDueOn: dueOn },
        assessment: assessedOn ? { assessedOn } : null,
      });
    const values = policeIndicators(
      [
        due('2026-03-10', '2026-03-10'),
        due('2026-03-10', '2026-03-12'),
        due('2026-03-20'),
        due('2026-04-20'),
      ],
      '450700',
      MARCH,
      NOW,
    );
    expect(values).toMatchObject({ assessmentsDue: 3, assessmentsOverdue: 2 });
  });
});

describe('docs/domain/indicators.md indicators, police part: 四(二)5 interventions', () => {
  it('counts interventions decided and petitions filed in the period', () => {
    const values = policeIndicators(
      [
        aCase({
          interventions: [{ decidedOn: '2026-03-05' }, { decidedOn: '2026-02-05' }],
          petitions: [{ filedOn: '2026-03-30' }],
        }),
      ],
      '450700',
      MARCH,
      NOW,
    );
    expect(values).toMatchObject({ interventions: 1, revocationPetitions: 1 });
  });
});

describe('docs/domain/indicators.md indicators, police part: a moved child’s case counts where each step was taken', () => {
  // Reported, dispatched late and notified in 钦南区 (沙埠镇); the child has since moved to 钦北区,
  // where the case now lives and an intervention was decided.
  const moved = aCase({
    status: 'ASSESSED',
    regionCode: '450703100201',
    reports: [
      {
        situationType: 'LEFT_ALONE',
        receivedAt: at('2026-03-02T02:00:00Z'),
        reportedInRegionCode: '450702100201',
      },
    ],
    dispatch: { dispatchedAt: at('2026-03-02T07:00:00Z'), withinSla: false },
    notification: { assessmentDueOn: '2026-03-09', townshipCode: '450702100' },
    assessment: { assessedOn: '2026-03-12' },
    interventions: [{ decidedOn: '2026-03-20' }],
  });

  it('the old county keeps its report, its late dispatch and its late assessment', () => {
    expect(policeIndicators([moved], '450702', MARCH, NOW)).toMatchObject({
      reportsReceived: 1,
      casesDispatched: 1,
      worstMinutesToDispatch: 300,
      dispatchesOverdue: 1,
      assessmentsDue: 1,
      assessmentsOverdue: 1,
      interventions: 0,
    });
  });

  it('the new county answers only for what it did after the move', () => {
    expect(policeIndicators([moved], '450703', MARCH, NOW)).toMatchObject({
      reportsReceived: 0,
      casesDispatched: 0,
      dispatchesOverdue: 0,
      assessmentsDue: 0,
      assessmentsOverdue: 0,
      interventions: 1,
    });
  });
});
