import type { Identity } from '@qz/identity';
import {
  aChild,
  asUser,
  aUser,
  DEMO_VILLAGE,
  dropRunDatabases,
  freePort,
  graphql,
  ServiceProcess,
  uniqueName,
  uniqueTopicPrefix,
  waitFor,
} from '@qz/testing';
import { SUBGRAPHS } from '@qz/schema-tools';

/**
 * The whole system as it runs: five subgraph processes and the gateway, from the build, against
 * the real broker and store. A child registered through the gateway reaches the other departments
 * over Kafka, and one query returns fields from all of them. The city's civil-affairs officer
 * registers; the coordinator, stating a purpose, reads the whole picture (issue 8).
 */
describe('one graph across departments (gateway, five subgraphs, Kafka, store)', () => {
  const run = uniqueName('e2e');
  const topicPrefix = uniqueTopicPrefix();
  const subgraphs = new Map<string, ServiceProcess>();
  let gateway: ServiceProcess;
  const civil = aUser('CIVIL_AFFAIRS_OFFICER', '450700');
  const coordinator = aUser('COORDINATOR', '450700', { purpose: 'cross-department check' });
  const as = async (user: Identity, query: string, variables: Record<string, unknown>) =>
    graphql(gateway.url, query, variables, await asUser(user));

  const CHILD_QUERY = `query ($id: ID!) {
    child(id: $id) {
      id familyName givenName sex birthDate maskedResidentIdNumber regionCode
      education { trackedSince compulsoryEducationAge }
      health { trackedSince rehabAssistanceAge }
      protection { trackedSince forbiddenToLiveAlone }
      assistance { trackedSince benefits { id } }
    }
  }`;
  const REGISTER = `mutation ($input: RegisterChildInput!) {
    registerChild(input: $input) { id familyName maskedResidentIdNumber }
  }`;

  beforeAll(async () => {
    for (const { name } of SUBGRAPHS) {
      subgraphs.set(
        name,
        new ServiceProcess(name, await freePort(), {
          MONGO_DB: `${run}_${name}`,
          KAFKA_TOPIC_PREFIX: topicPrefix,
        }),
      );
    }
    await Promise.all([...subgraphs.values()].map((s) => s.start()));
    const urls = Object.fromEntries(
      [...subgraphs.values()].map((s) => [`SUBGRAPH_${s.name.toUpperCase()}_URL`, s.url]),
    );
    gateway = new ServiceProcess('gateway', await freePort(), urls);
    await gateway.start('/health/live');
  });

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([...subgraphs.values()].map((s) => s.stop()));
    await dropRunDatabases(
      run,
      SUBGRAPHS.map((s) => s.name),
    );
  });

  it('registers a child through the gateway and returns it with every department’s fields', async () => {
    const input = aChild({ birthDate: '2011-05-20', sex: 'MALE', familyName: '黄', givenName: '志强' });
    const registered = await as(civil, REGISTER, { input });
    expect(registered.errors).toBeUndefined();
    const id = registered.data.registerChild.id as string;
    expect(registered.data.registerChild.maskedResidentIdNumber).toBe('*'.repeat(18));

    const found = await waitFor(
      'all four departments to learn of the child through Kafka',
      async () => {
        const res = await as(coordinator, CHILD_QUERY, { id });
        const c = res.data?.child;
        return c?.education && c.health && c.protection && c.assistance ? res : null;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    expect(found.errors).toBeUndefined();
    expect(found.data.child).toMatchObject({
      id,
      familyName: '黄',
      givenName: '志强',
      sex: 'MALE',
      birthDate: '2011-05-20',
      regionCode: DEMO_VILLAGE,
      education: { compulsoryEducationAge: true },
      health: { rehabAssistanceAge: false },
      protection: { forbiddenToLiveAlone: true },
      assistance: { benefits: [] },
    });
    expect(Date.parse(found.data.child.education.trackedSince)).not.toBeNaN();
  });

  it('passes the subgraph’s error code through the gateway and writes nothing', async () => {
    const input = aChild();
    const wrong = {
      ...input,
      residentIdNumber:
        input.residentIdNumber.slice(0, 17) + (input.residentIdNumber[17] === '1' ? '2' : '1'),
    };
    const res = await as(civil, REGISTER, { input: wrong });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'RESIDENT_ID_CHECK_DIGIT',
      field: 'input.residentIdNumber',
    });

    // A code in the officer's city that no region has; a code outside the city is not theirs at all.
    const unknownRegion = await as(civil, REGISTER, { input: { ...input, regionCode: '450799' } });
    expect(unknownRegion.errors?.[0].extensions).toMatchObject({
      code: 'UNKNOWN_REGION',
      field: 'input.regionCode',
    });
    const elsewhere = await as(civil, REGISTER, { input: { ...input, regionCode: '110105' } });
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'OUT_OF_REGION' });

    // The same child is still registrable: nothing was half-written by the refused attempts.
    const ok = await as(civil, REGISTER, { input });
    expect(ok.errors).toBeUndefined();
  });

  it('answers with partial data and an error when a subgraph is down, and keeps serving', async () => {
    const registered = await as(civil, REGISTER, { input: aChild({ birthDate: '2021-01-10' }) });
    const id = registered.data.registerChild.id as string;
    await waitFor(
      'health to learn of the child',
      async () => (await as(coordinator, CHILD_QUERY, { id })).data?.child?.health,
    );

    const health = subgraphs.get('health') as ServiceProcess;
    await health.stop('SIGKILL');
    const res = await as(coordinator, CHILD_QUERY, { id });
    expect(res.data.child).toMatchObject({ id, health: null, education: { compulsoryEducationAge: false } });
    expect(res.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('health service did not answer'),
        extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', service: 'health' }),
      }),
    ]);

    await health.start();
    const back = await as(coordinator, CHILD_QUERY, { id });
    expect(back.errors).toBeUndefined();
    expect(back.data.child.health).toEqual(expect.objectContaining({ rehabAssistanceAge: true }));
  });
});
