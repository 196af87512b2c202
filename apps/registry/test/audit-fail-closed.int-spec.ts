import { localDateInChina } from '@qz/kernel';
import { aUser, DEMO_VILLAGE } from '@qz/testing';
import { codesOf as codes, registryWithAChild } from './registry-with-a-child';

/**
 * Issue 16 (fail closed) against the real store: a change whose access record cannot be written is
 * refused before it commits. The store is made to refuse one person's access records with a unique
 * index on `userId` (and a record of that person already there); the change itself goes to another
 * collection, which the index does not touch.
 */
describe('registry: a change whose access record cannot be written (issue 16, fail closed)', () => {
  let registry: Awaited<ReturnType<typeof registryWithAChild>>;
  let childId: string;
  const officer = aUser('CIVIL_AFFAIRS_OFFICER', '450702');
  const supervisor = aUser('VILLAGE_SUPERVISOR', DEMO_VILLAGE);
  const INDEX = 'test_one_access_record_per_user';

  const as: (typeof registry)['as'] = (...args) => registry.as(...args);
  const records = () => registry.records();
  const visit = () =>
    as(supervisor, `mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { id } }`, {
      input: {
        childId,
        kind: 'HOME_VISIT',
        visitedOn: localDateInChina(new Date()),
        visitorName: '覃督导',
        findings: '祖母照料，情况良好',
      },
    });
  const visits = async () => {
    const res = await as(officer, `query ($id: ID!) { child(id: $id) { visits { visitedOn } } }`, {
      id: childId,
    });
    expect(res.errors).toBeUndefined();
    return res.data.child.visits.length;
  };

  beforeAll(async () => {
    registry = await registryWithAChild(officer);
    childId = registry.childId;
    await records().createIndex({ userId: 1 }, { unique: true, name: INDEX });
    await records().insertOne({ _id: 'blocker' as never, userId: supervisor.userId });
  }, 120_000);

  afterAll(async () => {
    await registry?.svc.stop();
  });

  it('is refused (AUDIT_UNAVAILABLE) before it runs: the visit is not recorded', async () => {
    const res = await visit();
    expect(codes(res)).toEqual(['AUDIT_UNAVAILABLE']);
    expect(res.data?.recordVisit ?? null).toBeNull();
    expect(await visits()).toBe(0);
    expect(await records().countDocuments({ userId: supervisor.userId })).toBe(1); // the blocker
  });

  it('if the final record fails after the change, the reserved record stays as its trace', async () => {
    // The reservation now goes in; the final record (same user) is what the index refuses.
    await records().deleteOne({ _id: 'blocker' as never });
    const res = await visit();
    expect(codes(res)).toEqual(['AUDIT_UNAVAILABLE']);
    expect(await visits()).toBe(1);
    const [trace, ...more] = await records().find({ userId: supervisor.userId }).toArray();
    expect(more).toEqual([]);
    expect(trace).toMatchObject({
      pending: true,
      action: 'CHANGE',
      operation: 'recordVisit',
      childIds: [childId],
    });
  });

  it('once the log is writable again, a change writes its record and leaves no reservation', async () => {
    await records().dropIndex(INDEX);
    await records().deleteMany({ userId: supervisor.userId });
    const res = await visit();
    expect(res.errors).toBeUndefined();
    expect(await visits()).toBe(2);
    const written = await records().find({ userId: supervisor.userId }).toArray();
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ action: 'CHANGE', operation: 'recordVisit', childIds: [childId] });
    expect(written[0]['pending']).toBeUndefined();
    expect(await records().countDocuments({ pending: true })).toBe(0);
  });
});
