import {
  aUser,
  childEntitiesQuery,
  childReplicaDocs,
  childRepresentations,
  graphql,
  type ServiceUnderTest,
  startService,
  StoreCommandLog,
  uniqueName,
  viaGateway,
} from '@qz/testing';
import type { Connection } from 'mongoose';

/**
 * Issue 13: the assistance part of a page of children costs the same store commands for 1 child as
 * for 50 (counted by the driver inside the service, the access-log write included).
 */
describe('assistance: a page of children’s assistance in a bounded number of store commands', () => {
  const run = uniqueName('assistance_batched');
  const log = new StoreCommandLog();
  const coordinator = aUser('COORDINATOR', '450700', { purpose: '个案会商' });
  let svc: ServiceUnderTest;
  let db: Connection;
  let ids: string[];

  beforeAll(async () => {
    svc = await startService('assistance', { dbName: run, env: { ...log.env } });
    db = svc.db;
    // The registry's children as this department's replica knows them (normally from its events).
    const replicas = childReplicaDocs(50, '450702100201', '2014-06-01');
    await db.collection('child_replicas').insertMany(replicas as never[]);
    ids = replicas.map((r) => r._id);
  }, 120_000);

  afterAll(async () => {
    await svc?.stop();
    log.remove();
  });

  const QUERY = childEntitiesQuery(`assistance {
    trackedSince qualifiesFor { programme covered } benefits { id programme } proposals { id status }
    applications { id parts { department } settled overdue { step } } }`);

  it('costs as many store commands, and writes as many documents, for 50 children as for 1', async () => {
    const { one, all } = await log.measurePages(ids, async (children) =>
      graphql(svc.url, QUERY, { r: childRepresentations(children) }, await viaGateway(coordinator)),
    );
    expect(one.result.errors).toBeUndefined();
    expect(all.result.errors).toBeUndefined();
    expect(all.result.data._entities).toHaveLength(50);
    expect(all.result.data._entities.every((c: any) => c.assistance.trackedSince)).toBe(true);
    expect(one.counted.commands).toBeGreaterThan(0);
    expect(all.counted.byCommand).toEqual(one.counted.byCommand);
    expect(all.counted.commands).toBe(one.counted.commands);
    // The reads are audited: one access record for the request, however many children it names.
    expect(all.counted.written).toBe(one.counted.written);
    expect(one.counted.byCommand['insert access_records']).toBe(1);
  }, 60_000);
});
