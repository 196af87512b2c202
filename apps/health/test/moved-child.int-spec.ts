import {
  ApplicationPartRoutedV1,
  ChildUpdatedV1,
  PlanItemAssignedV1,
  type ApplicationPartRoutedPayload,
} from '@qz/contracts';
import { aUser, DEMO_VILLAGE, waitFor } from '@qz/testing';
import { randomUUID } from 'node:crypto';
import { HealthStack } from './health-stack';

const QINNAN = aUser('HEALTH_OFFICER', '450702'); // 钦南区, where the child lived
const LINGSHAN = aUser('HEALTH_OFFICER', '450721'); // 灵山县, where the child moved
const NEW_VILLAGE = '450721101201';

const ITEMS = `query { healthPlanItems(first: 50) { items { id regionCode status } } }`;
const PARTS = `query { healthWindowParts { id regionCode status } }`;

/**
 * A moved child's open work follows it (四(二)4, 四(四)1): health as it runs (from dist/), with a
 * real Kafka producer standing in for the registry, police and assistance. When the registry
 * reports the child in another county, its open plan item and its pending one-window part leave
 * the old county's queues and appear in the new county's.
 */
describe('health: a moved child’s plan items and window parts follow it to the new county', () => {
  const stack = new HealthStack();
  let childId: string;
  const itemId = randomUUID();
  const applicationId = randomUUID();

  beforeAll(async () => {
    await stack.start();
  }, 240_000);

  afterAll(async () => {
    await stack.stop();
  });

  const idsOf = async (query: string, field: string, as = QINNAN) => {
    const res = await stack.gql(query, {}, as);
    expect(res.errors).toBeUndefined();
    const list = field === 'healthPlanItems' ? res.data[field].items : res.data[field];
    return (list as { id: string; regionCode: string }[]).map((x) => `${x.id}@${x.regionCode}`);
  };

  it('an open item and a pending part in the old county’s queues move to the new county’s', async () => {
    [childId] = await stack.childrenInDifficulty(1, '2015-01-01', DEMO_VILLAGE);
    await stack.publish(PlanItemAssignedV1, childId, DEMO_VILLAGE, {
      itemId,
      caseId: randomUUID(),
      childId,
      regionCode: DEMO_VILLAGE,
      service: 'COUNSELLING',
      department: 'HEALTH',
      description: '心理疏导 4 次',
      dueOn: null,
    });
    const part: ApplicationPartRoutedPayload = {
      applicationId,
      partId: 'p1',
      childId,
      department: 'HEALTH',
      kind: 'MEDICAL_ASSISTANCE',
      townshipCode: '450702100',
      regionCode: DEMO_VILLAGE,
      receivedOn: '2026-11-02',
      request: '住院费用救助',
    };
    await stack.publish(ApplicationPartRoutedV1, childId, DEMO_VILLAGE, part);
    await waitFor(
      'the item and the part in 钦南区’s queues',
      async () =>
        (await idsOf(ITEMS, 'healthPlanItems')).includes(`${itemId}@${DEMO_VILLAGE}`) &&
        (await idsOf(PARTS, 'healthWindowParts')).includes(`${applicationId}:p1@${DEMO_VILLAGE}`),
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    expect(await idsOf(ITEMS, 'healthPlanItems', LINGSHAN)).toEqual([]);

    await stack.publish(ChildUpdatedV1, childId, NEW_VILLAGE, {
      childId,
      regionCode: NEW_VILLAGE,
      revision: 2,
      changed: ['regionCode'],
      mergedFromChildId: null,
      reason: '随父母迁居灵山县',
    });
    await waitFor(
      'the item and the part in 灵山县’s queues',
      async () =>
        (await idsOf(ITEMS, 'healthPlanItems', LINGSHAN)).includes(`${itemId}@${NEW_VILLAGE}`) &&
        (await idsOf(PARTS, 'healthWindowParts', LINGSHAN)).includes(`${applicationId}:p1@${NEW_VILLAGE}`),
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    expect(await idsOf(ITEMS, 'healthPlanItems')).not.toContain(`${itemId}@${DEMO_VILLAGE}`);
    expect((await idsOf(PARTS, 'healthWindowParts')).filter((p) => p.startsWith(applicationId))).toEqual([]);
  }, 300_000);
});
