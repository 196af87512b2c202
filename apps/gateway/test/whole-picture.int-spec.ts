import type { Identity } from '@qz/identity';
import { SUBGRAPHS } from '@qz/schema-tools';
import {
  aChild,
  asUser,
  aUser,
  DEMO_VILLAGE,
  graphql,
  type ServiceProcess,
  startSystemOf,
  uniqueName,
  uniqueTopicPrefix,
  waitFor,
  type WholeSystem,
} from '@qz/testing';

/**
 * Issue 8 §6: a child's whole picture in one query through the gateway (five subgraphs, Kafka,
 * store), each part allowed only to the roles the owning subgraph's policy table names (BRIEF.md,
 * shared decisions): what a role may not see is omitted (null) and marked (an error at its path),
 * the rest of the picture still resolves. Reading health is written once to the access log, which
 * the access auditor reads through the registry.
 */
describe('a child’s whole picture, part by part as each role may see it (issue 8 §6)', () => {
  const run = uniqueName('picture');
  const topicPrefix = uniqueTopicPrefix();
  let system: WholeSystem;
  let gateway: ServiceProcess;
  let childId: string;

  const SLOW = { timeoutMs: 90_000, intervalMs: 300 };
  const COUNTY = DEMO_VILLAGE.slice(0, 6); // 钦南区 450702
  const civil = aUser('CIVIL_AFFAIRS_OFFICER', '450700');
  const coordinator = aUser('COORDINATOR', '450700', { purpose: 'case conference on the child' });
  const coordinatorWithoutPurpose = aUser('COORDINATOR', '450700');
  const educationOfficer = aUser('EDUCATION_OFFICER', COUNTY);
  const otherCounty = aUser('COORDINATOR', '450703', { purpose: 'case conference on the child' });
  const healthOfficer = aUser('HEALTH_OFFICER', '450700', { userId: `${run}-health-officer` });
  const auditor = aUser('ACCESS_AUDITOR', '450700');

  /** The whole picture: the ledger, its classification history, and each department's part. */
  const PICTURE = `query ($id: ID!) {
    child(id: $id) {
      id familyName givenName birthDate regionCode residentIdNumber
      classification { categories { category } leftBehind }
      classificationHistory { categories reason }
      education { __typename }
      health { __typename }
      protection { __typename }
      assistance { __typename }
    }
  }`;
  const PARTS = ['education', 'health', 'protection', 'assistance'] as const;

  const as = async (user: Identity, query: string, variables: Record<string, unknown> = {}) =>
    graphql(gateway.url, query, variables, await asUser(user));
  /** The error codes at each path of an answer, e.g. { 'child.health': ['FORBIDDEN'] }. */
  const codesByPath = (res: { errors?: { path?: unknown[]; extensions?: Record<string, any> }[] }) => {
    const byPath: Record<string, string[]> = {};
    for (const e of res.errors ?? []) (byPath[(e.path ?? []).join('.')] ??= []).push(e.extensions?.code);
    return byPath;
  };

  beforeAll(async () => {
    system = await startSystemOf(run, topicPrefix, SUBGRAPHS);
    gateway = system.gateway;

    // Civil affairs registers a left-behind child of 钦南区; every department learns of it.
    const registered = await as(
      civil,
      `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`,
      {
        input: aChild({ familyName: '黄', givenName: '全景', sex: 'MALE', birthDate: '2012-03-04' }),
      },
    );
    expect(registered.errors).toBeUndefined();
    childId = registered.data.registerChild.id;
    const updated = await as(
      civil,
      `mutation ($input: UpdateChildCircumstancesInput!) { updateChildCircumstances(input: $input) { id } }`,
      {
        input: {
          childId,
          father: 'MIGRANT_WORKER',
          mother: 'MIGRANT_WORKER',
          reason: '家访：父母均在外务工',
        },
      },
    );
    expect(updated.errors).toBeUndefined();
    await waitFor(
      'every department to learn of the child',
      async () => {
        const c = (await as(coordinator, PICTURE, { id: childId })).data?.child;
        return (
          PARTS.every((p) => c?.[p]) &&
          c.classificationHistory.some((h: any) => h.categories.includes('LEFT_BEHIND'))
        );
      },
      SLOW,
    );
  }, 240_000);

  afterAll(async () => {
    await system?.stop();
  }, 60_000);

  it('the coordinator, stating a purpose, gets every part in one query', async () => {
    const res = await as(coordinator, PICTURE, { id: childId });
    expect(res.errors).toBeUndefined();
    const child = res.data.child;
    expect(child).toMatchObject({
      id: childId,
      familyName: '黄',
      givenName: '全景',
      regionCode: DEMO_VILLAGE,
      classification: { leftBehind: true },
      education: { __typename: 'ChildEducation' },
      health: { __typename: 'ChildHealth' },
      protection: { __typename: 'ChildProtection' },
      assistance: { __typename: 'ChildAssistance' },
    });
    expect(child.residentIdNumber).toBe('*'.repeat(18)); // masked: the coordinator needs no ID
    expect(child.classificationHistory.at(-1).categories).toContain('LEFT_BEHIND');
  });

  it('an education officer gets the ledger and education; protection, health and assistance are omitted and marked', async () => {
    const res = await as(educationOfficer, PICTURE, { id: childId });
    const child = res.data.child;
    expect(child).toMatchObject({
      id: childId,
      classification: { leftBehind: true },
      education: { __typename: 'ChildEducation' },
      protection: null,
      health: null,
      assistance: null,
    });
    expect(child.classificationHistory.length).toBeGreaterThan(0);
    expect(child.residentIdNumber).toMatch(/\*{10}/);
    expect(codesByPath(res)).toEqual({
      'child.protection': ['FORBIDDEN'],
      'child.health': ['FORBIDDEN'],
      'child.assistance': ['FORBIDDEN'],
    });
  });

  it('the coordinator without a purpose: PURPOSE_REQUIRED at health and protection, the rest resolves', async () => {
    const res = await as(coordinatorWithoutPurpose, PICTURE, { id: childId });
    expect(res.data.child).toMatchObject({
      id: childId,
      education: { __typename: 'ChildEducation' },
      assistance: { __typename: 'ChildAssistance' },
      health: null,
      protection: null,
    });
    expect(codesByPath(res)).toEqual({
      'child.health': ['PURPOSE_REQUIRED'],
      'child.protection': ['PURPOSE_REQUIRED'],
    });
  });

  it('a user of another county gets OUT_OF_REGION and none of the child', async () => {
    const res = await as(otherCounty, PICTURE, { id: childId });
    expect(res.data?.child ?? null).toBeNull();
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('OUT_OF_REGION');
    expect(JSON.stringify(res)).not.toContain('全景'); // nothing of the child leaks into the errors
  });

  it('reading health as a health officer is one access record, visible to the access auditor through the registry', async () => {
    const read = await as(healthOfficer, `query ($id: ID!) { child(id: $id) { id health { __typename } } }`, {
      id: childId,
    });
    expect(read.errors).toBeUndefined();
    expect(read.data.child.health).toEqual({ __typename: 'ChildHealth' });

    const LOG = `query ($id: ID!) { childAccessLog(childId: $id, first: 200) {
      totalCount edges { node { childId action fields operation service userId roles purpose at } } } }`;
    const healthReads = async () => {
      const res = await as(auditor, LOG, { id: childId });
      expect(res.errors).toBeUndefined();
      return res.data.childAccessLog.edges
        .map((e: any) => e.node)
        .filter((n: any) => n.userId === healthOfficer.userId);
    };
    await waitFor(
      'the health read to reach the registry’s access log',
      async () => (await healthReads()).length > 0,
      SLOW,
    );
    // Give a duplicate the time to arrive, then count: exactly one record of that read.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const records = await healthReads();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      childId,
      service: 'health',
      userId: healthOfficer.userId,
      roles: ['HEALTH_OFFICER'],
      fields: expect.arrayContaining(['Child.health']),
    });
    expect(Date.parse(records[0].at)).not.toBeNaN();

    // The log is the auditor's alone: the health officer cannot read it, and the auditor reads nothing else.
    expect(codesByPath(await as(healthOfficer, LOG, { id: childId }))).toEqual({
      childAccessLog: ['FORBIDDEN'],
    });
    const auditorPicture = await as(auditor, PICTURE, { id: childId });
    expect(auditorPicture.data?.child ?? null).toBeNull();
    expect(codesByPath(auditorPicture)).toEqual({ child: ['FORBIDDEN'] });
  });
});
