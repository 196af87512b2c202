import { localDateInChina } from '@qz/kernel';
import type { Identity } from '@qz/identity';
import {
  aChild,
  aUser,
  DEMO_VILLAGE,
  freePort,
  graphql,
  ServiceProcess,
  uniqueName,
  uniqueTopicPrefix,
  viaGateway,
  waitFor,
} from '@qz/testing';

/** 钦北区: a county beside DEMO_VILLAGE's (钦南区). */
const OTHER_COUNTY_USER_REGION = '450703';

/**
 * Issue 8 in the registry, against the real store and broker: the access log fed by the
 * registry's own AccessRecorded events, masking and refusal of sensitive fields, region scoping by
 * record id, a village supervisor's narrow rights, the registry's indicators.
 */
describe('registry: access (issue 8)', () => {
  let registry: ServiceProcess;
  const officer = aUser('CIVIL_AFFAIRS_OFFICER', '450702', { name: '黄科员' });
  const auditor = aUser('ACCESS_AUDITOR');
  const supervisor = aUser('VILLAGE_SUPERVISOR', DEMO_VILLAGE);
  const outsider = aUser('CIVIL_AFFAIRS_OFFICER', OTHER_COUNTY_USER_REGION);
  let childId: string;
  let residentIdNumber: string;

  const as = async (user: Identity, query: string, variables: Record<string, unknown> = {}) =>
    graphql(registry.url, query, variables, await viaGateway(user));
  const codes = (res: { errors?: { extensions?: Record<string, any> }[] }) =>
    (res.errors ?? []).map((e) => e.extensions?.code);

  const LOG = `query ($id: ID!, $first: Int, $after: String) { childAccessLog(childId: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id childId action fields operation service userId userName department roles userRegionCode purpose at } } } }`;
  const logOf = async (id: string) => (await as(auditor, LOG, { id, first: 200 })).data?.childAccessLog;

  beforeAll(async () => {
    registry = new ServiceProcess('registry', await freePort(), {
      MONGO_DB: uniqueName('registry_access'),
      KAFKA_TOPIC_PREFIX: uniqueTopicPrefix(),
    });
    await registry.start();
    const input = aChild({ familyName: '莫', givenName: '小林', birthDate: '2015-05-05' });
    residentIdNumber = input.residentIdNumber;
    const res = await as(
      officer,
      `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`,
      {
        input,
      },
    );
    expect(res.errors).toBeUndefined();
    childId = res.data.registerChild.id;
  });

  afterAll(async () => {
    await registry?.stop();
  });

  describe('the access log (issue 8 §4)', () => {
    it('reading residentIdNumber as a civil-affairs officer gives exactly one READ record, visible to the access auditor', async () => {
      const read = await as(
        { ...officer, purpose: '核实户籍' },
        `query ($id: ID!) { child(id: $id) { id residentIdNumber } }`,
        { id: childId },
      );
      expect(read.errors).toBeUndefined();
      expect(read.data.child.residentIdNumber).toBe(residentIdNumber);

      const reads = async () =>
        ((await logOf(childId))?.edges ?? []).filter((e: any) => e.node.action === 'READ');
      await waitFor('the READ record in the access log', async () => ((await reads()).length ? true : null));
      await new Promise((r) => setTimeout(r, 1500)); // nothing more arrives
      const [entry, ...more] = await reads();
      expect(more).toEqual([]);
      expect(entry.node).toMatchObject({
        childId,
        action: 'READ',
        fields: ['Child.residentIdNumber'],
        operation: 'child',
        service: 'registry',
        userId: officer.userId,
        userName: '黄科员',
        department: 'CIVIL_AFFAIRS',
        roles: ['CIVIL_AFFAIRS_OFFICER'],
        userRegionCode: '450702',
        purpose: '核实户籍',
      });
    });

    it('a change (a visit recorded by the village supervisor) gives a CHANGE record naming the operation and the person', async () => {
      const today = localDateInChina(new Date());
      const visit = await as(
        supervisor,
        `mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { id visits { recordedBy } } }`,
        {
          input: {
            childId,
            kind: 'HOME_VISIT',
            visitedOn: today,
            visitorName: '覃督导',
            findings: '祖母照料，情况良好',
          },
        },
      );
      expect(visit.errors).toBeUndefined();
      expect(visit.data.recordVisit.visits.at(-1).recordedBy).toBe(supervisor.userId);
      const change = await waitFor('the CHANGE record of the visit', async () =>
        ((await logOf(childId))?.edges ?? []).find(
          (e: any) => e.node.action === 'CHANGE' && e.node.operation === 'recordVisit',
        ),
      );
      expect(change.node).toMatchObject({ userId: supervisor.userId, roles: ['VILLAGE_SUPERVISOR'] });
      expect(change.node.fields).toEqual(expect.arrayContaining(['kind', 'visitedOn', 'findings']));
    });

    it('lists newest first in cursor pages of at most 200', async () => {
      const all = await logOf(childId);
      const times = all.edges.map((e: any) => e.node.id);
      expect([...times].sort().reverse()).toEqual(times);
      const first = (await as(auditor, LOG, { id: childId, first: 1 })).data.childAccessLog;
      expect(first.edges).toHaveLength(1);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await as(auditor, LOG, { id: childId, first: 1, after: first.pageInfo.endCursor })).data
        .childAccessLog;
      expect(second.edges[0].node.id).toBe(times[1]);
      expect(codes(await as(auditor, LOG, { id: childId, first: 201 }))).toEqual(['PAGE_SIZE_OUT_OF_RANGE']);
    });

    it('is for the access auditor only: a coordinator (even with a purpose) is refused FORBIDDEN', async () => {
      const res = await as(aUser('COORDINATOR', '450700', { purpose: '督查' }), LOG, { id: childId });
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(res.data?.childAccessLog ?? null).toBeNull();
    });

    it('is region-scoped through the child: an auditor of another county is refused OUT_OF_REGION', async () => {
      expect(
        codes(await as(aUser('ACCESS_AUDITOR', OTHER_COUNTY_USER_REGION), LOG, { id: childId })),
      ).toEqual(['OUT_OF_REGION']);
    });
  });

  describe('sensitive fields (docs/domain/data-about-minors.md)', () => {
    it('masks residentIdNumber for a role that does not need it, and logs no read of it', async () => {
      const res = await as(
        aUser('EDUCATION_OFFICER', '450702'),
        `query ($id: ID!) { child(id: $id) { residentIdNumber } }`,
        {
          id: childId,
        },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.child.residentIdNumber).toBe('******************');
    });

    it('refuses disability, illness and parents’ statuses to an education officer at their paths; the rest of the child resolves', async () => {
      const res = await as(
        aUser('EDUCATION_OFFICER', '450702'),
        `query ($id: ID!) { child(id: $id) { familyName circumstances { schoolName father disability { grade } illnessDiagnosis } } }`,
        { id: childId },
      );
      expect(res.data.child.familyName).toBe('莫');
      expect(res.data.child.circumstances).toMatchObject({
        father: null,
        disability: null,
        illnessDiagnosis: null,
      });
      expect(new Set(codes(res))).toEqual(new Set(['FORBIDDEN']));
      expect(res.errors?.map((e: any) => e.path.at(-1)).sort()).toEqual([
        'disability',
        'father',
        'illnessDiagnosis',
      ]);
    });

    it('asks the coordinator for a purpose before showing health details (PURPOSE_REQUIRED), shows them with one', async () => {
      const q = `query ($id: ID!) { child(id: $id) { circumstances { seriousIllness } } }`;
      expect(codes(await as(aUser('COORDINATOR'), q, { id: childId }))).toEqual(['PURPOSE_REQUIRED']);
      const ok = await as(aUser('COORDINATOR', '450700', { purpose: '联席会议个案研判' }), q, {
        id: childId,
      });
      expect(ok.errors).toBeUndefined();
      expect(ok.data.child.circumstances.seriousIllness).toBe(false);
      // The read of the health detail is logged with the coordinator's purpose.
      const entry = await waitFor('the coordinator’s READ record', async () =>
        ((await logOf(childId))?.edges ?? []).find(
          (e: any) => e.node.action === 'READ' && e.node.roles.includes('COORDINATOR'),
        ),
      );
      expect(entry.node).toMatchObject({
        fields: ['ChildCircumstances.seriousIllness'],
        purpose: '联席会议个案研判',
        userRegionCode: '450700',
      });
      // Records of one child arrive in order: the education officer's masked and refused reads
      // before it left none.
      const all = (await logOf(childId)).edges.map((e: any) => e.node);
      expect(all.filter((n: any) => n.roles.includes('EDUCATION_OFFICER'))).toEqual([]);
    });
  });

  describe('region scoping by record id', () => {
    it('refuses a child of 450702 to an officer of 450703 (read and write) before anything is written', async () => {
      expect(
        codes(await as(outsider, `query ($id: ID!) { child(id: $id) { id } }`, { id: childId })),
      ).toEqual(['OUT_OF_REGION']);
      const visit = await as(
        aUser('CIVIL_AFFAIRS_OFFICER', OTHER_COUNTY_USER_REGION),
        `mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { id } }`,
        {
          input: {
            childId,
            kind: 'HOME_VISIT',
            visitedOn: '2026-01-05',
            visitorName: '外县',
            findings: '越权',
          },
        },
      );
      expect(codes(visit)).toEqual(['OUT_OF_REGION']);
      const child = await as(officer, `query ($id: ID!) { child(id: $id) { visits { visitorName } } }`, {
        id: childId,
      });
      expect(child.data.child.visits.map((v: any) => v.visitorName)).not.toContain('外县');
    });

    it('refuses to end a 450702 supervisor’s appointment to an officer of 450703; it stays in post', async () => {
      const appointed = await as(
        officer,
        `mutation ($input: AppointSupervisorInput!) { appointSupervisor(input: $input) { id } }`,
        {
          input: {
            name: '覃督导',
            role: 'VILLAGE_SUPERVISOR',
            regionCode: DEMO_VILLAGE,
            appointedOn: '2026-01-05',
          },
        },
      );
      expect(appointed.errors).toBeUndefined();
      const supervisorId = appointed.data.appointSupervisor.id;
      const ended = await as(
        outsider,
        `mutation ($input: EndSupervisorInput!) { endSupervisor(input: $input) { id } }`,
        { input: { supervisorId, endedOn: '2026-02-01' } },
      );
      expect(codes(ended)).toEqual(['OUT_OF_REGION']);
      const inPost = await as(officer, `{ supervisors(regionCode: "${DEMO_VILLAGE}") { id endedOn } }`);
      expect(inPost.data.supervisors).toEqual([{ id: supervisorId, endedOn: null }]);
    });
  });

  describe('entity references (the gateway’s _entities, for queries that start in another subgraph)', () => {
    const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Child { familyName residentIdNumber } } }`;

    it('resolves a child for a role of its region, with the identity number masked', async () => {
      const res = await as(aUser('EDUCATION_OFFICER', '450702'), ENTITIES, {
        r: [{ __typename: 'Child', id: childId }],
      });
      expect(res.errors).toBeUndefined();
      expect(res.data._entities[0]).toMatchObject({
        familyName: '莫',
        residentIdNumber: '******************',
      });
    });

    it('refuses a child outside the asker’s region (OUT_OF_REGION)', async () => {
      const res = await as(outsider, ENTITIES, { r: [{ __typename: 'Child', id: childId }] });
      expect(codes(res)).toContain('OUT_OF_REGION');
      expect(JSON.stringify(res.data ?? {})).not.toContain('莫');
    });
  });

  describe('a village supervisor (四(二)1)', () => {
    it('lists the children of their village by default, and is refused the county', async () => {
      const other = aChild({ regionCode: '450702100202', givenName: '邻村' });
      await as(officer, `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`, {
        input: other,
      });
      const LIST = `query ($f: ChildFilter!) { children(filter: $f) { totalCount edges { node { id regionCode } } } }`;
      const mine = await as(supervisor, LIST, { f: {} });
      expect(mine.errors).toBeUndefined();
      expect(mine.data.children.edges.map((e: any) => e.node.regionCode)).toEqual([DEMO_VILLAGE]);
      expect(codes(await as(supervisor, LIST, { f: { regionCode: '450702' } }))).toEqual(['OUT_OF_REGION']);
    });

    it('may not register, classify or change guardianship', async () => {
      const res = await as(
        supervisor,
        `mutation ($input: OverrideChildCategoryInput!) { overrideChildCategory(input: $input) { id } }`,
        { input: { childId, category: 'LEFT_BEHIND', include: true, reason: '督导员认定' } },
      );
      expect(codes(res)).toEqual(['FORBIDDEN']);
    });
  });

  describe('Region.registryIndicators (docs/domain/indicators.md)', () => {
    const Q = `query ($code: String!, $from: String!, $to: String!) { region(code: $code) { code registryIndicators(from: $from, to: $to) {
      children villages villagesWithSupervisor townships townshipsWithSocialWorker visits visitsPerChild
      leftBehindWithoutValidGuardian childrenByCategory { category count } } } }`;
    const today = localDateInChina(new Date());
    const yearStart = `${today.slice(0, 4)}-01-01`;

    it('counts the ledger of the region’s subtree for the period', async () => {
      const res = await as(officer, Q, { code: DEMO_VILLAGE, from: yearStart, to: today });
      expect(res.errors).toBeUndefined();
      expect(res.data.region.registryIndicators).toMatchObject({
        children: 1,
        villages: 1,
        villagesWithSupervisor: 1,
        townships: 0,
        visits: 1,
        visitsPerChild: 1,
        leftBehindWithoutValidGuardian: 0,
      });
    });

    it('refuses another county’s region (OUT_OF_REGION), a role without the indicators (FORBIDDEN) and a period over 366 days', async () => {
      expect(codes(await as(outsider, Q, { code: '450702', from: yearStart, to: today }))).toEqual([
        'OUT_OF_REGION',
      ]);
      expect(
        codes(
          await as(aUser('EDUCATION_OFFICER', '450702'), Q, { code: '450702', from: yearStart, to: today }),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(codes(await as(officer, Q, { code: '450702', from: '2024-01-01', to: '2025-12-31' }))).toEqual([
        'PERIOD_TOO_LONG',
      ]);
    });
  });
});
