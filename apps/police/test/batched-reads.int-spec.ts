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

const VILLAGE = '450702100201';

/**
 * Issue 13: the police part of a page of children costs the same store commands for 1 child as
 * for 50 (counted by the driver inside the service, the access-log write included), and one
 * access record per request.
 */
describe('police: a page of children’s protection in a bounded number of store commands', () => {
  const run = uniqueName('police_batched');
  const log = new StoreCommandLog();
  const officer = aUser('POLICE_OFFICER', '450702');
  let svc: ServiceUnderTest;
  let db: Connection;
  let ids: string[];

  beforeAll(async () => {
    svc = await startService('police', { dbName: run, env: { ...log.env } });
    db = svc.db;
    // The registry's children as this department's replica knows them (normally from its events).
    const replicas = childReplicaDocs(50, VILLAGE);
    await db.collection('child_replicas').insertMany(replicas as never[]);
    ids = replicas.map((r) => r._id);
    // A few of them with a case, so the batched reads find something.
    for (const childId of ids.slice(0, 3)) {
      const res = await graphql(
        svc.url,
        `
          mutation ($input: ReceiveReportInput!) {
            receiveReport(input: $input) {
              id
            }
          }
        `,
        {
          input: {
            situationType: 'LEFT_ALONE',
            reporterKind: 'PUBLIC',
            channel: 'CALL_110',
            reporterName: '李四',
            reporterPhone: '13800000000',
            childId,
            regionCode: VILLAGE,
            facts: '孩子独自在家',
          },
        },
        await viaGateway(officer),
      );
      expect(res.errors).toBeUndefined();
    }
  }, 120_000);

  afterAll(async () => {
    await svc?.stop();
    log.remove();
  });

  const QUERY = childEntitiesQuery(`
    protection { trackedSince forbiddenToLiveAlone openCases closedCases lastReportedAt guardianshipIntervened }
    protectionCases { id status regionCode reports { receivedAt } interventions { id kind } }`);

  const page = async (children: string[]) =>
    log.measure(async () =>
      graphql(svc.url, QUERY, { r: childRepresentations(children) }, await viaGateway(officer)),
    );

  it('costs as many store commands, and writes as many documents, for 50 children as for 1', async () => {
    await page(ids.slice(0, 1)); // warm-up: first use of each collection
    const one = await page(ids.slice(0, 1));
    const fifty = await page(ids);
    expect(one.result.errors).toBeUndefined();
    expect(fifty.result.errors).toBeUndefined();
    expect(fifty.result.data._entities).toHaveLength(50);
    expect(fifty.result.data._entities.slice(0, 3).map((c: any) => c.protection.openCases)).toEqual([
      1, 1, 1,
    ]);
    expect(one.counted.commands).toBeGreaterThan(0);
    expect(fifty.counted.byCommand).toEqual(one.counted.byCommand);
    expect(fifty.counted.commands).toBe(one.counted.commands);
    // The reads are audited: one access record for the request, however many children it names.
    expect(fifty.counted.written).toBe(one.counted.written);
    expect(one.counted.byCommand['insert access_records']).toBe(1);
  }, 60_000);
});
