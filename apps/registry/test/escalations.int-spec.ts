import { DispatchOverdueV1, type Envelope, type DispatchOverduePayload } from '@qz/contracts';
import type { Identity } from '@qz/identity';
import {
  aUser,
  DEMO_VILLAGE,
  EventPublisher,
  graphql,
  startService,
  uniqueName,
  uniqueTopicPrefix,
  viaGateway,
  waitFor,
  type ServiceProcessUnderTest,
} from '@qz/testing';

/** The county's coordinator (妇儿工委办公室) and the township office of the demo village. */
const COORDINATOR = aUser('COORDINATOR', '450702');
const TOWNSHIP = aUser('TOWNSHIP_OFFICER', '450702100');
/** A township office of the same county, and a coordinator of another county. */
const OTHER_TOWNSHIP = aUser('TOWNSHIP_OFFICER', '450702101');
const OTHER_COUNTY = aUser('COORDINATOR', '450721');

const ESCALATION = `id kind caseId regionCode minutesOverdue awaitingCoordinator awaitingTownship
  acknowledgements { party by note }`;
const QUEUE = `query ($r: String!, $first: Int, $after: String) {
  unacknowledgedEscalations(regionCode: $r, first: $first, after: $after) {
    edges { cursor node { ${ESCALATION} } } pageInfo { hasNextPage endCursor } totalCount } }`;
const ACK = `mutation ($input: AcknowledgeEscalationInput!) { acknowledgeEscalation(input: $input) { ${ESCALATION} } }`;

/**
 * police.dispatch.overdue in the registry (issue 15): the registry as a process from dist/ against
 * the real broker and store, police's events produced as police's outbox would.
 */
describe('registry: an overdue first response is escalated to the coordinator and the township', () => {
  const topicPrefix = uniqueTopicPrefix();
  const police = new EventPublisher(topicPrefix);
  let registry: ServiceProcessUnderTest;

  beforeAll(async () => {
    registry = await startService('registry', { topicPrefix });
    await police.start();
  }, 180_000);

  afterAll(async () => {
    await police.stop();
    await registry?.stop();
  });

  const as = async (user: Identity, query: string, variables: Record<string, unknown> = {}) =>
    graphql(registry.url, query, variables, await viaGateway(user));
  const queue = async (user: Identity, r: string, first = 50, after: string | null = null) => {
    const res = await as(user, QUEUE, { r, first, after });
    expect(res.errors).toBeUndefined();
    return res.data.unacknowledgedEscalations;
  };
  const overdue = (regionCode = DEMO_VILLAGE): Promise<Envelope<DispatchOverduePayload>> => {
    const caseId = uniqueName('case');
    return police.publish(
      DispatchOverdueV1,
      { subject: caseId, regionCode },
      {
        caseId,
        childId: null,
        regionCode,
        situationType: 'LEFT_ALONE',
        receivedAt: '2026-11-02T02:00:00Z',
        dispatchDueAt: '2026-11-02T02:30:00Z',
        slaMinutes: 30,
        detectedAt: '2026-11-02T02:41:00Z',
        minutesOverdue: 11,
      },
    );
  };
  const inQueue = (user: Identity, r: string, id: string) =>
    waitFor(`escalation ${id} in ${user.roles[0]}'s queue`, async () =>
      (await queue(user, r)).edges.some((e: { node: { id: string } }) => e.node.id === id),
    );

  it('四(二)3, 五(二): each office acknowledges once; the entry leaves that office’s queue only', async () => {
    const event = await overdue();
    await police.send(DispatchOverdueV1, event); // a redelivery
    await inQueue(COORDINATOR, '450702', event.id);
    const mine = (await queue(TOWNSHIP, '450702100')).edges.map((e: { node: { caseId: string } }) => e.node);
    expect(mine.filter((n: { caseId: string }) => n.caseId === event.payload.caseId)).toEqual([
      {
        id: event.id,
        kind: 'DISPATCH_OVERDUE',
        caseId: event.payload.caseId,
        regionCode: DEMO_VILLAGE,
        minutesOverdue: 11,
        awaitingCoordinator: true,
        awaitingTownship: true,
        acknowledgements: [],
      },
    ]);

    const acked = await as(COORDINATOR, ACK, { input: { escalationId: event.id, note: '已督促公安即出警' } });
    expect(acked.errors).toBeUndefined();
    expect(acked.data.acknowledgeEscalation).toMatchObject({
      awaitingCoordinator: false,
      awaitingTownship: true,
      acknowledgements: [{ party: 'COORDINATOR', by: COORDINATOR.userId, note: '已督促公安即出警' }],
    });
    const ids = async (user: Identity, r: string) =>
      (await queue(user, r)).edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await ids(COORDINATOR, '450702')).not.toContain(event.id);
    expect(await ids(TOWNSHIP, '450702100')).toContain(event.id);

    const again = await as(COORDINATOR, ACK, { input: { escalationId: event.id, note: '再次确认' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('ESCALATION_ALREADY_ACKNOWLEDGED');
    const township = await as(TOWNSHIP, ACK, { input: { escalationId: event.id, note: '镇政府已派员上门' } });
    expect(township.data.acknowledgeEscalation).toMatchObject({
      awaitingCoordinator: false,
      awaitingTownship: false,
    });
    expect(await ids(TOWNSHIP, '450702100')).not.toContain(event.id);
    // One entry for the case, though the event came twice.
    expect(await registry.db.collection('escalations').countDocuments({ caseId: event.payload.caseId })).toBe(
      1,
    );
  });

  it('refuses another region’s office, a blank note, an unknown id and a role that acknowledges nothing, writing nothing', async () => {
    const event = await overdue();
    await inQueue(TOWNSHIP, '450702100', event.id);
    const code = async (user: Identity, input: object) =>
      (await as(user, ACK, { input })).errors?.[0]?.extensions?.code;
    expect(await code(OTHER_TOWNSHIP, { escalationId: event.id, note: '确认' })).toBe('OUT_OF_REGION');
    expect(await code(OTHER_COUNTY, { escalationId: event.id, note: '确认' })).toBe('OUT_OF_REGION');
    expect(await code(TOWNSHIP, { escalationId: event.id, note: '   ' })).toBe('FIELD_REQUIRED');
    expect(await code(TOWNSHIP, { escalationId: 'no-such-id', note: '确认' })).toBe('ESCALATION_NOT_FOUND');
    expect(await code(aUser('POLICE_OFFICER', '450702'), { escalationId: event.id, note: '确认' })).toBe(
      'FORBIDDEN',
    );
    expect((await as(OTHER_COUNTY, QUEUE, { r: '450702' })).errors?.[0]?.extensions?.code).toBe(
      'OUT_OF_REGION',
    );
    const stored = await registry.db.collection('escalations').findOne({ _id: event.id as never });
    expect(stored).toMatchObject({ awaitingCoordinator: true, awaitingTownship: true, acknowledgements: [] });
  });

  it('pages the queue in the order raised; a county-level case awaits the coordinator alone', async () => {
    const county = await overdue('450702');
    const later = [await overdue(), await overdue()];
    // Different cases travel on different partitions: wait for each.
    for (const e of [county, ...later]) await inQueue(COORDINATOR, '450702', e.id);
    expect(
      (await queue(TOWNSHIP, '450702100')).edges.map((e: { node: { id: string } }) => e.node.id),
    ).not.toContain(county.id);
    const all = await queue(COORDINATOR, '450702');
    const first = await queue(COORDINATOR, '450702', 2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(all.totalCount);
    const rest = await queue(COORDINATOR, '450702', 50, first.pageInfo.endCursor);
    expect([...first.edges, ...rest.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual(
      all.edges.map((e: { node: { id: string } }) => e.node.id),
    );
    const order = all.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(order.indexOf(county.id)).toBeLessThan(order.indexOf(later[1].id));
    expect(
      all.edges.find((e: { node: { id: string } }) => e.node.id === county.id).node.awaitingTownship,
    ).toBe(false);
  });
});
