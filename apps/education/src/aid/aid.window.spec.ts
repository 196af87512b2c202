import type { ChildReplicaHooks } from '@qz/child-replica';
import type { AidRepository } from './aid.repository';
import type { AidProposalDocument } from './aid.schema';
import { AidService } from './aid.service';

const at = new Date('2026-11-05T02:00:00Z');
const part = { id: 'app-1:p2', childId: 'child-1' };
const orphan = { categories: ['ORPHAN'], regionCode: '450721101201' };
const decision = { by: 'EDUCATION:u-edu', at, reason: '同意' };

/** An in-memory store with the repository's conditional writes. */
function setUp(existing: Partial<AidProposalDocument> | null) {
  const store = new Map<string, AidProposalDocument>();
  if (existing)
    store.set('child-1:FREE_TWELVE_YEARS', {
      _id: 'child-1:FREE_TWELVE_YEARS',
      childId: 'child-1',
      kind: 'FREE_TWELVE_YEARS',
      rule: 'r',
      basis: ['ORPHAN'],
      regionPath: [],
      status: 'PROPOSED',
      proposedAt: at,
      decision: null,
      withdrawnReason: null,
      ...existing,
    } as AidProposalDocument);
  const repo = {
    findById: async (id: string) => (store.has(id) ? { ...store.get(id), id } : null),
    propose: async (doc: AidProposalDocument) => void (store.has(doc._id) || store.set(doc._id, doc)),
    transition: async (id: string, from: string, set: object) => {
      const p = store.get(id);
      if (!p || p.status !== from) return false;
      store.set(id, { ...p, ...set });
      return true;
    },
    linkWindowPart: async (id: string, to: string | null, from: string | null) => {
      const p = store.get(id);
      if (!p || p.status !== 'CONFIRMED' || (p.windowPartId ?? null) !== from) return false;
      store.set(id, { ...p, windowPartId: to });
      return true;
    },
  } as unknown as AidRepository;
  const service = new AidService(repo, {} as ChildReplicaHooks, { now: () => at });
  return { service, store };
}

describe('四(四)1 协同办理 with 四(三)3: the approved aid part and the aid record name each other', () => {
  it('四(四)1: a proposed aid is confirmed with the officer’s decision and names the part; undo puts it back', async () => {
    const { service, store } = setUp({});
    const made = await service.fromWindowPart(part, orphan, decision);
    expect(made?.recordId).toBe('child-1:FREE_TWELVE_YEARS');
    expect(store.get('child-1:FREE_TWELVE_YEARS')).toMatchObject({
      status: 'CONFIRMED',
      decision,
      windowPartId: 'app-1:p2',
    });
    await made?.undo();
    expect(store.get('child-1:FREE_TWELVE_YEARS')).toMatchObject({ status: 'PROPOSED', windowPartId: null });
  });

  it('四(三)3: with no proposal yet (the classification not yet here) the aid of the child’s categories is created confirmed', async () => {
    const { service, store } = setUp(null);
    await service.fromWindowPart(part, orphan, decision);
    expect(store.get('child-1:FREE_TWELVE_YEARS')).toMatchObject({
      kind: 'FREE_TWELVE_YEARS',
      status: 'CONFIRMED',
      windowPartId: 'app-1:p2',
      regionPath: expect.arrayContaining(['450721101201']),
    });
  });

  it('四(四)1: aid the bureau already confirmed is linked, not decided again', async () => {
    const confirmed = { status: 'CONFIRMED' as const, decision: { by: '李', at, reason: '核实' } };
    const { service, store } = setUp(confirmed);
    await service.fromWindowPart(part, orphan, decision);
    expect(store.get('child-1:FREE_TWELVE_YEARS')).toMatchObject({ ...confirmed, windowPartId: 'app-1:p2' });
  });

  it('四(三)3: aid the bureau rejected refuses the approval (AID_PROPOSAL_ALREADY_DECIDED), nothing changed', async () => {
    const { service, store } = setUp({ status: 'REJECTED' });
    await expect(service.fromWindowPart(part, orphan, decision)).rejects.toMatchObject({
      code: 'AID_PROPOSAL_ALREADY_DECIDED',
    });
    expect(store.get('child-1:FREE_TWELVE_YEARS')).toMatchObject({ status: 'REJECTED' });
  });
});
