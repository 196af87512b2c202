import { riskFromAssessment, scheduleAfterAssessment, type TownshipAssessment } from './assessment.rules';

const assessment = (over: Partial<TownshipAssessment> = {}): TownshipAssessment => ({
  caseId: 'case-1',
  assessedOn: '2026-11-10',
  safety: 'SAFE',
  guardianship: 'SAFE',
  health: 'SAFE',
  ...over,
});

describe('the township assessment sets the risk level and visit cadence (四(二)4, 四(一)3)', () => {
  it('四(二)4: any side in danger is HIGH, any side at risk MEDIUM, all safe LOW', () => {
    expect(riskFromAssessment(assessment({ health: 'IN_DANGER', safety: 'AT_RISK' }))).toBe('HIGH');
    expect(riskFromAssessment(assessment({ guardianship: 'AT_RISK' }))).toBe('MEDIUM');
    expect(riskFromAssessment(assessment())).toBe('LOW');
  });

  it('四(二)4: a child in danger is visited weekly from the assessment, and a raise never puts off a visit due sooner', () => {
    const current = { riskLevel: 'LOW', lastVisitOn: '2026-08-20', nextVisitDue: '2026-11-15' };
    expect(scheduleAfterAssessment(current, assessment({ safety: 'IN_DANGER' }))).toEqual({
      riskLevel: 'HIGH',
      lastVisitOn: '2026-08-20',
      nextVisitDue: '2026-11-15',
      assessedOn: '2026-11-10',
      assessmentCaseId: 'case-1',
    });
    const later = { ...current, nextVisitDue: '2026-12-30' };
    expect(scheduleAfterAssessment(later, assessment({ safety: 'IN_DANGER' }))?.nextVisitDue).toBe(
      '2026-11-17',
    );
  });

  it('四(一)3 动态管理: an assessment that finds the child safe lowers the cadence (next visit 90 days after it)', () => {
    const current = { riskLevel: 'HIGH', lastVisitOn: '2026-11-05', nextVisitDue: '2026-11-12' };
    expect(scheduleAfterAssessment(current, assessment())).toMatchObject({
      riskLevel: 'LOW',
      lastVisitOn: '2026-11-05',
      nextVisitDue: '2027-02-08',
    });
  });

  it('四(一)3: a child with no schedule yet gets one from the assessment', () => {
    expect(scheduleAfterAssessment(undefined, assessment({ guardianship: 'AT_RISK' }))).toMatchObject({
      riskLevel: 'MEDIUM',
      lastVisitOn: null,
      nextVisitDue: '2026-12-10',
    });
  });

  it('四(一)3: a visit after the assessment day, or a later assessment, keeps its newer schedule', () => {
    const visited = { riskLevel: 'LOW', lastVisitOn: '2026-11-11', nextVisitDue: '2027-02-09' };
    expect(scheduleAfterAssessment(visited, assessment({ safety: 'IN_DANGER' }))).toBeNull();
    const reassessed = { ...visited, lastVisitOn: null, assessedOn: '2026-11-12' };
    expect(scheduleAfterAssessment(reassessed, assessment({ safety: 'IN_DANGER' }))).toBeNull();
  });
});
