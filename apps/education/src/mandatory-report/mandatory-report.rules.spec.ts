import { MandatoryReportRaisedV1 } from '@qz/contracts';
import { mandatoryReportEvent, mandatoryReportOwed } from './mandatory-report.rules';

const actor = { kind: 'user' as const, id: 'u-1' };

describe('rule 四(二)2 强制报告: a school reports a left-behind child or a child in difficulty to the police', () => {
  it('is owed for a left-behind child and for a child in difficulty', () => {
    expect(mandatoryReportOwed({ categories: ['LEFT_BEHIND'], leftBehind: true, inDifficulty: false })).toBe(
      true,
    );
    expect(mandatoryReportOwed({ categories: ['ORPHAN'], leftBehind: false, inDifficulty: true })).toBe(true);
  });

  it('is not owed for a child in neither category, nor for a child the registry has not classified', () => {
    expect(mandatoryReportOwed({ categories: [], leftBehind: false, inDifficulty: false })).toBe(false);
    expect(mandatoryReportOwed(null)).toBe(false);
  });

  it('builds an event valid against education.mandatory-report.raised.v1, keyed by the child', () => {
    const { reportId, event } = mandatoryReportEvent(
      { categories: ['POVERTY_DIBAO', 'LEFT_BEHIND'], leftBehind: true, inDifficulty: true },
      {
        childId: 'c-1',
        concern: 'DROPOUT',
        school: { id: 's-1', name: '钦南区第一小学', regionCode: '450702001' },
        person: '李老师',
        observedOn: '2026-11-26',
        facts: '连续五天未到校',
        source: { kind: 'DROPOUT_CASE', id: 'd-1', caseNumber: 'KC-1' },
      },
      actor,
      new Date('2026-11-26T02:00:00Z'),
    );
    expect(event.topic).toBe('education.mandatory-report.raised.v1');
    const parsed = MandatoryReportRaisedV1.parse(JSON.parse(JSON.stringify(event.envelope)));
    expect(parsed).toMatchObject({
      subject: 'c-1',
      regionCode: '450702001',
      payload: { reportId, concern: 'DROPOUT', reporter: { kind: 'SCHOOL', schoolId: 's-1' } },
    });
    expect(parsed.payload.rule).toMatch(/^四\(二\)2/);
  });
});
