import {
  aChild,
  aUser,
  childRepresentations,
  DEMO_VILLAGE,
  expectSameStoreCost,
  graphql,
  type ServiceUnderTest,
  startService,
  StoreCommandLog,
  uniqueName,
  viaGateway,
  waitFor,
} from '@qz/testing';
import type { Identity } from '@qz/identity';
import type { Connection } from 'mongoose';

/**
 * Issue 13 in the registry: a caseworker's page of children, and the same children through
 * federation's entity resolution, cost the same store commands for 1 child as for 50 (counted by
 * the driver inside the service, the access-log write included); the page's reads of sensitive
 * fields are one access-log entry, which the auditor finds in each child's log.
 */
describe('registry: a page of children in a bounded number of store commands', () => {
  const run = uniqueName('registry_batched');
  const log = new StoreCommandLog();
  const officer = aUser('CIVIL_AFFAIRS_OFFICER', '450702');
  const auditor = aUser('ACCESS_AUDITOR');
  let svc: ServiceUnderTest;
  let db: Connection;
  let ids: string[];

  const as = async (user: Identity, query: string, variables: Record<string, unknown> = {}) =>
    graphql(svc.url, query, variables, await viaGateway(user));

  beforeAll(async () => {
    svc = await startService('registry', { dbName: run, env: { ...log.env } });
    db = svc.db;
    ids = [];
    for (let i = 0; i < 50; i++) {
      const res = await as(
        officer,
        `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`,
        { input: aChild({ givenName: `童${i + 1}`, regionCode: DEMO_VILLAGE }) },
      );
      expect(res.errors).toBeUndefined();
      ids.push(res.data.registerChild.id);
    }
  }, 180_000);

  afterAll(async () => {
    await svc?.stop();
    log.remove();
  });

  const CHILD = `id familyName givenName birthDate regionCode residentIdNumber maskedResidentIdNumber
    classification { categories { category } leftBehind } classificationHistory { categories reason }
    circumstances { father mother seriousIllness } guardianship { situation validUntil }
    visits { visitedOn } visiting { riskLevel nextVisitDue }`;
  const PAGE = `query Page($first: Int!) { children(filter: { regionCode: "450702" }, first: $first) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${CHILD} } } } }`;
  const ENTITIES = `query Entities($r: [_Any!]!) { _entities(representations: $r) { ... on Child { ${CHILD} } } }`;

  it('children(first: 50) costs as many store commands, and writes as many documents, as children(first: 1)', async () => {
    const { one, all } = await log.measurePages(ids, (children) =>
      as(officer, PAGE, { first: children.length }),
    );
    expectSameStoreCost(one, all);
    expect(all.result.data.children.totalCount).toBe(50);
    expect(all.result.data.children.edges.map((e: any) => e.node.id)).toEqual(ids);
    expect(one.result.data.children.edges).toHaveLength(1);
  }, 60_000);

  it('_entities of 50 children costs as many store commands, and writes as many documents, as of 1', async () => {
    const { one, all } = await log.measurePages(ids, (children) =>
      as(officer, ENTITIES, { r: childRepresentations(children) }),
    );
    expectSameStoreCost(one, all);
    expect(all.result.data._entities.map((c: any) => c.id)).toEqual(ids);
  }, 60_000);

  it('the page’s reads are one access-log entry, in the log of each child it names', async () => {
    const reader = aUser('CIVIL_AFFAIRS_OFFICER', '450702', { userId: uniqueName('page-reader') });
    const read = await as(
      reader,
      `query Page50 { children(filter: { regionCode: "450702" }, first: 50) {
      edges { node { id residentIdNumber } } } }`,
    );
    expect(read.errors).toBeUndefined();
    const LOG = `query ($id: ID!) { childAccessLog(childId: $id, first: 200) {
      totalCount edges { node { id childId action fields operation userId requestId } } } }`;
    const entryOf = async (childId: string) => {
      const res = await as(auditor, LOG, { id: childId });
      expect(res.errors).toBeUndefined();
      return res.data.childAccessLog.edges
        .map((e: any) => e.node)
        .find((n: any) => n.userId === reader.userId);
    };
    const first = await waitFor('the page read in the first child’s log', () => entryOf(ids[0]), {
      timeoutMs: 60_000,
      intervalMs: 300,
    });
    const last = await entryOf(ids[49]);
    expect(first).toMatchObject({
      childId: ids[0],
      action: 'READ',
      fields: ['Child.residentIdNumber'],
      operation: 'children',
      userId: reader.userId,
    });
    expect(last).toMatchObject({ id: first.id, childId: ids[49], fields: ['Child.residentIdNumber'] });
    const entries = await db.collection('access_log').countDocuments({ requestId: first.requestId });
    expect(entries).toBe(1);
  }, 90_000);

  it('an entry written before issue 13 (one child in childId) is still in that child’s log, in time order', async () => {
    const legacyId = '00000000-0000-7000-8000-000000000001'; // older than any entry written by this run
    await db.collection('access_log').insertOne({
      _id: legacyId as never,
      childId: ids[1],
      action: 'READ',
      fields: ['Child.health'],
      operation: 'child',
      service: 'health',
      userId: 'earlier-user',
      userName: null,
      department: 'HEALTH',
      roles: ['HEALTH_OFFICER'],
      userRegionCode: '450700',
      purpose: null,
      requestId: 'earlier-request',
      at: new Date('2025-01-01T00:00:00Z'),
      loggedAt: new Date('2025-01-01T00:00:01Z'),
    });
    const res = await as(
      auditor,
      `query ($id: ID!) { childAccessLog(childId: $id, first: 200) { totalCount edges { node { id childId fields userId } } } }`,
      { id: ids[1] },
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data.childAccessLog.edges.map((e: any) => e.node);
    expect(res.data.childAccessLog.totalCount).toBe(nodes.length);
    expect(nodes.at(-1)).toEqual({
      id: legacyId,
      childId: ids[1],
      fields: ['Child.health'],
      userId: 'earlier-user',
    });
    expect(nodes.length).toBeGreaterThan(1);
  });
});
