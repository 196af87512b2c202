import type { ApplicationPartDecidedPayload } from '@qz/contracts';
import type { ApplicationRepository } from './application.repository';
import type { ApplicationPart } from './application.schema';
import { ApplicationService } from './application.service';

const at = new Date('2026-11-05T02:00:00Z');
const routed = (partId: string, kind: string, department: string): ApplicationPart => ({
  partId,
  kind,
  department,
  request: '申请',
  status: 'ROUTED',
  decidedAt: null,
  decidedBy: null,
  note: null,
});

function setUp() {
  let app = {
    id: 'app-1',
    childId: 'child-1',
    revision: 1,
    parts: [routed('p1', 'MEDICAL_ASSISTANCE', 'HEALTH'), routed('p2', 'EDUCATION_AID', 'EDUCATION')],
  };
  const repo = {
    findById: async () => app,
    updateAtRevision: async (_id: string, revision: number, update: { $set: object }) => {
      if (revision !== app.revision) return false;
      app = { ...app, ...update.$set, revision: revision + 1 };
      return true;
    },
  } as unknown as ApplicationRepository;
  const service = new ApplicationService(repo, {} as never, {} as never, {} as never, {} as never, {
    now: () => at,
  });
  return { service, parts: () => app.parts };
}

const decided = (over: Partial<ApplicationPartDecidedPayload>): ApplicationPartDecidedPayload => ({
  applicationId: 'app-1',
  partId: 'p1',
  childId: 'child-1',
  kind: 'MEDICAL_ASSISTANCE',
  regionCode: '450721101201',
  department: 'HEALTH',
  approved: true,
  note: '同意',
  rule: '四(三)2',
  decidedOn: '2026-11-05',
  decidedBy: 'HEALTH:u-health',
  automatic: false,
  ...over,
});
const actor = { kind: 'user' as const, id: 'u-health' };

describe('四(四)1 一门受理: the window shows what each department granted and its record of the part', () => {
  it('四(四)1: health’s decision shows its amount and its application on the part', async () => {
    const { service, parts } = setUp();
    await service.recordDepartmentDecision(
      decided({ amountFen: 45_000, recordId: 'window:app-1:p1' }),
      actor,
    );
    expect(parts()[0]).toMatchObject({
      status: 'APPROVED',
      amountFen: 45_000,
      departmentRecordId: 'window:app-1:p1',
      decidedBy: 'HEALTH:u-health',
    });
  });

  it('四(四)1: education’s decision names its aid proposal, with no amount; a decision of before shows neither', async () => {
    const { service, parts } = setUp();
    await service.recordDepartmentDecision(
      decided({
        partId: 'p2',
        kind: 'EDUCATION_AID',
        department: 'EDUCATION',
        recordId: 'child-1:CLASSIFIED_AID',
      }),
      { kind: 'user', id: 'u-edu' },
    );
    await service.recordDepartmentDecision(decided({}), actor);
    expect(parts()[1]).toMatchObject({ amountFen: null, departmentRecordId: 'child-1:CLASSIFIED_AID' });
    expect(parts()[0]).toMatchObject({ status: 'APPROVED', amountFen: null, departmentRecordId: null });
  });
});
