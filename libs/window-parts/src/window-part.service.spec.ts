import type { Identity } from '@qz/identity';
import { DomainError } from '@qz/kernel';
import type { WindowPart, WindowPartRepository } from './window-part.repository';
import type { WindowPartAssessor, WindowPartFulfiller } from './window-part.rules';
import type { WindowPartDecision } from './window-part.schema';
import { WindowPartService } from './window-part.service';

const at = new Date('2026-11-05T02:00:00Z');
const officer: Identity = {
  userId: 'u-health',
  department: 'HEALTH',
  roles: ['HEALTH_OFFICER'],
  regionCode: '450721',
};
const pending: WindowPart = {
  id: 'app-1:p1',
  applicationId: 'app-1',
  partId: 'p1',
  childId: 'child-1',
  department: 'HEALTH',
  kind: 'MEDICAL_ASSISTANCE',
  request: '住院费用救助',
  townshipCode: '450721101',
  regionCode: '450721101201',
  regionPath: ['450000', '450700', '450721', '450721101', '450721101201'],
  receivedOn: '2026-11-02',
  routedEventId: 'ev-1',
  status: 'PENDING',
  assessment: { eligible: true, rule: '四(三)2', note: 'an orphan', assessedOn: '2026-11-03' },
  decision: null,
} as unknown as WindowPart;

const assessor: WindowPartAssessor = {
  assess: async () => ({ eligible: true, rule: '四(三)2 rule', note: 'an orphan' }),
};

function setUp(fulfiller: WindowPartFulfiller | null, recorded = true, meanwhile: WindowPart = pending) {
  const decisions: { decision: WindowPartDecision; payloads: unknown[] }[] = [];
  let reads = 0;
  const parts = {
    findById: async () => (reads++ === 0 ? pending : meanwhile),
    decide: async (_id: string, decision: WindowPartDecision, events: { envelope?: unknown }[]) => {
      if (recorded) decisions.push({ decision, payloads: events });
      return recorded;
    },
  } as unknown as WindowPartRepository;
  const service = new WindowPartService('health', assessor, parts, { now: () => at }, fulfiller);
  return { service, decisions };
}

const input = { partId: 'app-1:p1', approved: true, note: '同意救助' };

describe('四(四)1 协同办理: an approved part becomes the deciding service’s own record', () => {
  it('四(四)1: the decision carries the amount and the record the service’s rules made, and so does its event', async () => {
    const fulfil = jest.fn(async () => ({ amountFen: 45_000, recordId: 'window:app-1:p1', undo: jest.fn() }));
    const { service, decisions } = setUp({ fulfil });
    const decided = await service.decide(input, officer);
    expect(fulfil).toHaveBeenCalledWith(pending, input, officer, '2026-11-05', at);
    expect(decided.decision).toMatchObject({
      approved: true,
      amountFen: 45_000,
      recordId: 'window:app-1:p1',
    });
    expect(JSON.stringify(decisions[0].payloads)).toContain('"amountFen":45000');
    expect(JSON.stringify(decisions[0].payloads)).toContain('"recordId":"window:app-1:p1"');
  });

  it('四(四)1: a refusal by the service’s own rules (its budget exhausted) leaves the part pending, nothing written', async () => {
    const exhausted = new DomainError('BUDGET_EXCEEDED', 'nothing left', 'precondition');
    const { service, decisions } = setUp({ fulfil: async () => Promise.reject(exhausted) });
    await expect(service.decide(input, officer)).rejects.toMatchObject({ code: 'BUDGET_EXCEEDED' });
    expect(decisions).toEqual([]);
  });

  it('四(四)1: when the decision cannot be recorded (decided meanwhile), the record made for it is given back', async () => {
    const undo = jest.fn(async () => undefined);
    const { service } = setUp({ fulfil: async () => ({ amountFen: 1, recordId: 'r', undo }) }, false);
    await expect(service.decide(input, officer)).rejects.toMatchObject({
      code: 'WINDOW_PART_ALREADY_DECIDED',
    });
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('四(四)1: the record is kept when the part was decided meanwhile naming that same record (taken over)', async () => {
    const undo = jest.fn(async () => undefined);
    const takenOver = {
      ...pending,
      status: 'APPROVED',
      decision: { approved: true, recordId: 'window:app-1:p1' },
    } as unknown as WindowPart;
    const fulfiller = { fulfil: async () => ({ amountFen: 1, recordId: 'window:app-1:p1', undo }) };
    const { service } = setUp(fulfiller, false, takenOver);
    await expect(service.decide(input, officer)).rejects.toMatchObject({
      code: 'WINDOW_PART_ALREADY_DECIDED',
    });
    expect(undo).not.toHaveBeenCalled();
  });

  it('四(四)1: a rejection makes no record, and a service without records decides with no amount', async () => {
    const fulfil = jest.fn();
    const discard = jest.fn(async () => undefined);
    const rejected = await setUp({ fulfil, discard }).service.decide({ ...input, approved: false }, officer);
    expect(fulfil).not.toHaveBeenCalled();
    expect(discard).toHaveBeenCalledWith(pending); // what an interrupted approval may have left
    expect(rejected.decision).toMatchObject({ approved: false, amountFen: null, recordId: null });
    const plain = await setUp(null).service.decide(input, officer);
    expect(plain.decision).toMatchObject({ approved: true, amountFen: null, recordId: null });
  });
});

describe('四(四)1 一门受理: the window reads each part’s live status from the deciding service', () => {
  const decided = (id: string, recordId: string | null, approved = true): WindowPart =>
    ({
      ...pending,
      id,
      status: approved ? 'APPROVED' : 'REJECTED',
      decision: { approved, recordId, decidedOn: '2026-11-05' },
    }) as unknown as WindowPart;

  it('四(四)1: answers each id in order with its record’s state; null for a part kept elsewhere', async () => {
    const paid = decided('app-1:p1', 'window:app-1:p1');
    const refused = decided('app-1:p3', null, false);
    const parts = { findByIds: async () => [paid, null, refused] } as unknown as WindowPartRepository;
    const progress = jest.fn(async () => [
      { status: 'DISBURSED', statusOn: '2026-11-20', amountFen: 45_000 },
    ]);
    const service = new WindowPartService(
      'health',
      assessor,
      parts,
      { now: () => at },
      {
        fulfil: jest.fn(),
        progress,
      },
    );
    const found = await service.progressOf(['app-1:p1', 'app-1:p2', 'app-1:p3']);
    // Only the parts that became a record are looked up, in one batch.
    expect(progress).toHaveBeenCalledTimes(1);
    expect(progress).toHaveBeenCalledWith([{ kind: 'MEDICAL_ASSISTANCE', recordId: 'window:app-1:p1' }]);
    expect(found).toEqual([
      { part: paid, record: { status: 'DISBURSED', statusOn: '2026-11-20', amountFen: 45_000 } },
      null,
      { part: refused, record: null },
    ]);
  });

  it('四(四)1: a service whose approvals make no record of their own shows the decision only', async () => {
    const paid = decided('app-1:p1', 'window:app-1:p1');
    const parts = { findByIds: async () => [paid] } as unknown as WindowPartRepository;
    const service = new WindowPartService('health', assessor, parts, { now: () => at }, null);
    expect(await service.progressOf(['app-1:p1'])).toEqual([{ part: paid, record: null }]);
  });
});
