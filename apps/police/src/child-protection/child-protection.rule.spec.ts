import { isForbiddenToLiveAlone, protectionSummary } from './child-protection.rule';

describe('rule 四(一)1: no child under 16 may live alone without a guardian', () => {
  it('applies to a child of 15 years and 364 days', () => {
    expect(isForbiddenToLiveAlone('2010-11-30', '2026-11-29')).toBe(true);
  });

  it('no longer applies from the 16th birthday', () => {
    expect(isForbiddenToLiveAlone('2010-11-29', '2026-11-29')).toBe(false);
  });
});

describe('the police part of the whole picture: a summary of the cases', () => {
  const report = (at: string) => ({ receivedAt: new Date(at) });
  it('counts open and closed cases, the latest report and any guardianship intervention', () => {
    expect(
      protectionSummary([
        { status: 'CLOSED', reports: [report('2026-01-02T00:00:00Z')], interventions: [], petitions: [] },
        { status: 'DISPATCHED', reports: [report('2026-03-02T00:00:00Z')], interventions: [{}] },
      ]),
    ).toEqual({
      openCases: 1,
      closedCases: 1,
      lastReportedAt: new Date('2026-03-02T00:00:00Z'),
      guardianshipIntervened: true,
    });
  });

  it('is empty for a child without cases', () => {
    expect(protectionSummary([])).toEqual({
      openCases: 0,
      closedCases: 0,
      lastReportedAt: null,
      guardianshipIntervened: false,
    });
  });
});
