import type { ApplicationPartRoutedPayload } from '@qz/contracts';
import { decidedPayload, decisionRefusal, isForService, windowPartOf } from './window-part.rules';

const routed: ApplicationPartRoutedPayload = {
  applicationId: 'app-1',
  partId: 'p2',
  childId: 'child-1',
  department: 'HEALTH',
  kind: 'MEDICAL_ASSISTANCE',
  townshipCode: '450721101',
  regionCode: '450721101201',
  receivedOn: '2026-11-02',
  request: '住院费用救助',
};
const at = new Date('2026-11-05T02:00:00Z');
const eligible = { eligible: true, rule: '四(三)2 rule', note: 'an orphan', assessedOn: '2026-11-05' };
const ineligible = {
  eligible: false,
  rule: '四(三)2 rule',
  note: 'not in difficulty',
  assessedOn: '2026-11-05',
};

describe('四(四)1 一门受理、协同办理: a routed part in the deciding service', () => {
  it('四(四)1: each part goes to the service of its department (the DPF’s to health), never assistance’s own', () => {
    expect(isForService({ department: 'HEALTH' }, 'health')).toBe(true);
    expect(isForService({ department: 'DPF' }, 'health')).toBe(true);
    expect(isForService({ department: 'EDUCATION' }, 'education')).toBe(true);
    expect(isForService({ department: 'EDUCATION' }, 'health')).toBe(false);
    expect(isForService({ department: 'ASSISTANCE' }, 'health')).toBe(false);
    expect(isForService({ department: 'ASSISTANCE' }, 'education')).toBe(false);
  });

  it('四(四)1: an eligible part waits for the officer, one id per application part, in the child’s region', () => {
    const doc = windowPartOf({ ...routed, department: 'HEALTH' }, 'ev-1', eligible, at);
    expect(doc).toMatchObject({
      _id: 'app-1:p2',
      status: 'PENDING',
      decision: null,
      regionCode: '450721101201',
      regionPath: ['450000', '450700', '450721', '450721101', '450721101201'],
    });
  });

  it('四(四)1: a part the department’s rules find ineligible is refused at once, by the rules, with the rule named', () => {
    const doc = windowPartOf({ ...routed, department: 'HEALTH' }, 'ev-1', ineligible, at);
    expect(doc.status).toBe('REJECTED');
    expect(doc.decision).toMatchObject({
      approved: false,
      automatic: true,
      decidedBy: 'HEALTH:rules',
      note: 'not in difficulty',
      rule: '四(三)2 rule',
      decidedOn: '2026-11-05',
    });
    expect(decidedPayload(doc, doc.decision as NonNullable<typeof doc.decision>)).toMatchObject({
      applicationId: 'app-1',
      partId: 'p2',
      department: 'HEALTH',
      approved: false,
      automatic: true,
    });
  });

  it('四(四)1: only the officer of the part’s department decides it (the DPF’s rehabilitation, not the health commission)', () => {
    const part = { status: 'PENDING' as const, department: 'DPF' as const };
    expect(decisionRefusal(part, ['HEALTH_OFFICER'], true, eligible)?.code).toBe('FORBIDDEN');
    expect(decisionRefusal(part, ['DPF_OFFICER'], true, eligible)).toBeNull();
  });

  it('四(四)1: a decided part is not decided again', () => {
    const part = { status: 'APPROVED' as const, department: 'HEALTH' as const };
    expect(decisionRefusal(part, ['HEALTH_OFFICER'], false, eligible)?.code).toBe(
      'WINDOW_PART_ALREADY_DECIDED',
    );
  });

  it('四(四)1: approval needs the department’s rules to find the child eligible on the day; a refusal does not', () => {
    const part = { status: 'PENDING' as const, department: 'EDUCATION' as const };
    expect(decisionRefusal(part, ['EDUCATION_OFFICER'], true, ineligible)).toMatchObject({
      code: 'WINDOW_PART_NOT_ELIGIBLE',
      details: { field: 'input.approved' },
    });
    expect(decisionRefusal(part, ['EDUCATION_OFFICER'], false, ineligible)).toBeNull();
  });
});
