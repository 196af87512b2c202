import {
  ChildClassifiedV1,
  ChildFoundLivingAloneV1,
  ChildUpdatedV1,
  GuardianshipLapsedV1,
  registryEvents,
  VisitRecordedV1,
} from '@qz/contracts';
import { localDateInChina } from '@qz/kernel';
import {
  aChild,
  DEMO_VILLAGE,
  EventCollector,
  freePort,
  aUser,
  asUser,
  graphqlAs,
  residentIdFor,
  ServiceProcess,
  uniqueName,
  uniqueTopicPrefix,
} from '@qz/testing';
import { createConnection } from 'mongoose';

/** The county ledger keeper (a civil-affairs officer of the city), through the gateway. */
const OFFICER = aUser('CIVIL_AFFAIRS_OFFICER');
const graphql = graphqlAs(OFFICER, asUser);

const day = (offset: number) => localDateInChina(new Date(Date.now() + offset * 86_400_000));
const yearsAgo = (years: number, offsetDays = 0) => {
  const d = day(offsetDays);
  return `${Number(d.slice(0, 4)) - years}${d.slice(4)}`.replace('-02-29', '-02-28');
};

const CHILD = `id revision: registeredAt
  classification { categories { category } leftBehind }
  guardianship { situation validUntil daysLeft agreements { id guardianName maskedGuardianResidentIdNumber startDate endDate endedOn checks { guardianPresent } } }
  livingArrangement { livingAlone recordedOn }
  visiting { riskLevel lastVisitOn nextVisitDue }
  visits { kind riskFlags riskLevel supervisorId }`;

/**
 * The ledger's guardianship, living-alone, visit, supervisor, region and list features, through the
 * gateway to the registry running from dist/, against the real store and broker. Every event the
 * registry emits here is read by a real consumer and parsed with its contract.
 */
describe('registry ledger through the gateway', () => {
  const run = uniqueName('ledger');
  const topicPrefix = uniqueTopicPrefix();
  const events = new EventCollector(registryEvents, topicPrefix);
  let registry: ServiceProcess;
  let gateway: ServiceProcess;
  let url: string;

  beforeAll(async () => {
    registry = new ServiceProcess('registry', await freePort(), {
      MONGO_DB: run,
      KAFKA_TOPIC_PREFIX: topicPrefix,
    });
    await registry.start();
    gateway = new ServiceProcess('gateway', await freePort(), { SUBGRAPH_REGISTRY_URL: registry.url });
    await gateway.start('/health/live');
    url = gateway.url;
    await events.start();
  });

  afterAll(async () => {
    await events.stop();
    await gateway?.stop();
    await registry?.stop();
    const conn = await createConnection(
      process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017/?retryWrites=false',
      {
        dbName: run,
      },
    ).asPromise();
    await conn.dropDatabase().catch(() => undefined);
    await conn.close();
  });

  const gql = (query: string, variables: Record<string, unknown> = {}) => graphql(url, query, variables);
  const mutate = async (name: string, input: object, fields = CHILD) => {
    const type = name[0].toUpperCase() + name.slice(1);
    return gql(`mutation ($input: ${type}Input!) { ${name}(input: $input) { ${fields} } }`, { input });
  };
  const ok = async (name: string, input: object) => {
    const res = await mutate(name, input);
    expect(res.errors).toBeUndefined();
    return res.data[name];
  };
  const errorOf = (res: { errors?: { extensions?: object }[] }) => res.errors?.[0]?.extensions;

  async function register(overrides: object = {}) {
    const birthDate = (overrides as { birthDate?: string }).birthDate ?? yearsAgo(10);
    const child = aChild({ birthDate, residentIdNumber: residentIdFor(birthDate, 'FEMALE'), ...overrides });
    const res = await gql(`mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`, {
      input: child,
    });
    expect(res.errors).toBeUndefined();
    return res.data.registerChild.id as string;
  }
  const leftBehind = (childId: string) =>
    ok('updateChildCircumstances', {
      childId,
      father: 'MIGRANT_WORKER',
      mother: 'MIGRANT_WORKER',
      reason: '村委会核实：父母均在广东务工',
    });
  const agreement = (childId: string, startDate: string, endDate: string, extra: object = {}) => ({
    childId,
    guardianName: '韦秀英',
    guardianResidentIdNumber: residentIdFor('1958-03-12', 'FEMALE'),
    relationship: '祖母',
    witnessedBy: '沙埠村委会',
    signedOn: day(-1),
    startDate,
    endDate,
    ...extra,
  });
  const revisionOf = async (id: string) =>
    (await gql(`query ($id: ID!) { child(id: $id) { ${CHILD} } }`, { id })).data.child;

  it('shows the region tree: a village’s path from the city, and a township’s villages', async () => {
    const res = await gql(`{
      region(code: "${DEMO_VILLAGE}") { name level path { code level } }
      regions(under: "450702100", level: VILLAGE) { code parentCode }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.region.path.map((r: { level: string }) => r.level)).toEqual([
      'CITY',
      'COUNTY',
      'TOWNSHIP',
      'VILLAGE',
    ]);
    expect(res.data.regions.length).toBeGreaterThan(1);
    expect(res.data.regions.every((r: { parentCode: string }) => r.parentCode === '450702100')).toBe(true);
  });

  it('rule 四(一)3: a left-behind child with no agreement is listed and raises GuardianshipLapsed; an agreement ending within 30 days raises it again', async () => {
    const id = await register();
    const child = await leftBehind(id);
    expect(child.classification.leftBehind).toBe(true);
    expect(child.guardianship).toMatchObject({ situation: 'NO_AGREEMENT', validUntil: null });
    const updated = await events.waitFor(ChildUpdatedV1, id);
    expect(updated.payload.changed).toEqual(['circumstances.father', 'circumstances.mother']);
    const lapsed = await events.waitFor(GuardianshipLapsedV1, id);
    expect(lapsed.payload).toMatchObject({ situation: 'NO_AGREEMENT', regionCode: DEMO_VILLAGE });

    const gaps = await gql(
      `query ($f: ChildFilter!) { children(filter: $f, first: 200) { edges { node { id } } } }`,
      {
        f: { regionCode: '450702', guardianshipGap: true },
      },
    );
    expect(gaps.data.children.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);

    const covered = await ok('addEntrustmentAgreement', agreement(id, day(-1), day(20)));
    expect(covered.guardianship).toMatchObject({
      situation: 'AGREEMENT_ENDING_SOON',
      validUntil: day(20),
      daysLeft: 20,
    });
    expect(covered.guardianship.agreements[0].maskedGuardianResidentIdNumber).toBe('*'.repeat(18));
    await events.waitFor(GuardianshipLapsedV1, id, (e) => e.payload.situation === 'AGREEMENT_ENDING_SOON');

    const renewed = await ok('addEntrustmentAgreement', agreement(id, day(21), day(400)));
    expect(renewed.guardianship.situation).toBe('AGREEMENT_ENDING_SOON'); // today is still in the first term
    const ended = await ok('endEntrustmentAgreement', {
      childId: id,
      agreementId: covered.guardianship.agreements[0].id,
      endedOn: day(-1),
      reason: '祖母住院',
    });
    expect(ended.guardianship).toMatchObject({ situation: 'AGREEMENT_ENDED', validUntil: day(-1) });
    await events.waitFor(GuardianshipLapsedV1, id, (e) => e.payload.situation === 'AGREEMENT_ENDED');
    const checked = await ok('recordAgreementCheck', {
      childId: id,
      agreementId: covered.guardianship.agreements[0].id,
      checkedOn: day(0),
      guardianPresent: false,
      notes: '祖母住院，儿童由邻居照看',
    });
    expect(checked.guardianship.agreements[0].checks).toEqual([{ guardianPresent: false }]);
  });

  it('refuses bad agreements with a code naming the field, and writes nothing', async () => {
    const id = await register();
    await leftBehind(id);
    await ok('addEntrustmentAgreement', agreement(id, day(-30), day(300)));
    const before = await revisionOf(id);
    const cases: [string, object, string, string][] = [
      [
        'overlapping terms',
        agreement(id, day(100), day(500)),
        'GUARDIANSHIP_TERMS_OVERLAP',
        'input.startDate',
      ],
      [
        'a guardian under 18',
        agreement(id, day(301), day(500), { guardianResidentIdNumber: residentIdFor(yearsAgo(17), 'MALE') }),
        'GUARDIAN_NOT_ADULT',
        'input.guardianResidentIdNumber',
      ],
      [
        'signed in the future',
        agreement(id, day(301), day(500), { signedOn: day(3) }),
        'DATE_IN_FUTURE',
        'input.signedOn',
      ],
      [
        'an end before the start',
        agreement(id, day(500), day(301)),
        'GUARDIANSHIP_TERM_INVALID',
        'input.endDate',
      ],
      [
        'a wrong check digit',
        agreement(id, day(301), day(500), { guardianResidentIdNumber: '450702195803120025' }),
        'RESIDENT_ID_CHECK_DIGIT',
        'input.guardianResidentIdNumber',
      ],
      [
        'a huge name',
        agreement(id, day(301), day(500), { guardianName: '韦'.repeat(10_000) }),
        'FIELD_TOO_LONG',
        'input.guardianName',
      ],
      ['an unknown child', agreement('no-such-child', day(301), day(500)), 'CHILD_NOT_FOUND', 'id'],
    ];
    for (const [what, input, code, field] of cases) {
      const res = await mutate('addEntrustmentAgreement', input);
      expect({ what, ...errorOf(res) }).toMatchObject({ what, code, field });
    }
    expect(await revisionOf(id)).toEqual(before);
  });

  it('rule 四(一)1: a child under 16 recorded as living alone raises ChildFoundLivingAlone; a 16-year-old does not', async () => {
    const young = await register({ birthDate: yearsAgo(12) });
    const res = await ok('recordLivingArrangement', {
      childId: young,
      livingAlone: true,
      recordedOn: day(0),
      source: '督导员走访发现',
      address: '沙埠村3队',
    });
    expect(res.livingArrangement).toEqual({ livingAlone: true, recordedOn: day(0) });
    const alert = await events.waitFor(ChildFoundLivingAloneV1, young);
    expect(alert.payload).toMatchObject({ ageInYears: 12, address: '沙埠村3队', regionCode: DEMO_VILLAGE });

    const older = await register({ birthDate: yearsAgo(16, -1) });
    await ok('recordLivingArrangement', {
      childId: older,
      livingAlone: true,
      recordedOn: day(0),
      source: '学校报告',
    });
    const marker = await register();
    await ok('recordLivingArrangement', {
      childId: marker,
      livingAlone: true,
      recordedOn: day(0),
      source: '对照',
    });
    await events.waitFor(ChildFoundLivingAloneV1, marker); // published after the 16-year-old's write
    expect(events.about(ChildFoundLivingAloneV1, older)).toEqual([]);
  });

  it('rule 四(二)1 / 五(一): one supervisor per village, one social worker per township; visits set risk and the next due date; overdue visits are listed per supervisor', async () => {
    const appoint = (input: object) =>
      gql(
        `mutation ($input: AppointSupervisorInput!) { appointSupervisor(input: $input) { id regionCode role } }`,
        { input },
      );
    const supervisor = (
      await appoint({
        name: '黄丽',
        role: 'VILLAGE_SUPERVISOR',
        regionCode: DEMO_VILLAGE,
        appointedOn: day(-100),
      })
    ).data.appointSupervisor;
    expect(
      errorOf(
        await appoint({
          name: '李明',
          role: 'VILLAGE_SUPERVISOR',
          regionCode: DEMO_VILLAGE,
          appointedOn: day(-1),
        }),
      ),
    ).toMatchObject({
      code: 'SUPERVISOR_POST_HELD',
    });
    expect(
      errorOf(
        await appoint({
          name: '李明',
          role: 'VILLAGE_SUPERVISOR',
          regionCode: '450702100',
          appointedOn: day(-1),
        }),
      ),
    ).toMatchObject({
      code: 'REGION_LEVEL_MISMATCH',
      field: 'input.regionCode',
    });

    const id = await register();
    const visited = await ok('recordVisit', {
      childId: id,
      kind: 'HOME_VISIT',
      visitedOn: day(-60),
      visitorName: '黄丽',
      supervisorId: supervisor.id,
      findings: '儿童近两周未到校',
      riskFlags: ['NOT_IN_SCHOOL'],
    });
    expect(visited.visiting).toEqual({ riskLevel: 'MEDIUM', lastVisitOn: day(-60), nextVisitDue: day(-30) });
    const recorded = await events.waitFor(VisitRecordedV1, id);
    expect(recorded.payload).toMatchObject({
      riskLevel: 'MEDIUM',
      nextVisitDue: day(-30),
      visitorId: supervisor.id,
    });

    const overdue = await gql(
      `{ supervisors(regionCode: "450702100") { id overdueVisits(first: 200) { edges { node { id } } } } }`,
    );
    const mine = overdue.data.supervisors.find((s: { id: string }) => s.id === supervisor.id);
    expect(mine.overdueVisits.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);

    const danger = await ok('recordVisit', {
      childId: id,
      kind: 'FOLLOW_UP',
      visitedOn: day(0),
      visitorName: '社工 陈静',
      findings: '家中无人，儿童独自在家',
      riskFlags: ['LIVING_ALONE'],
    });
    expect(danger.visiting).toEqual({ riskLevel: 'HIGH', lastVisitOn: day(0), nextVisitDue: day(7) });
    expect(danger.livingArrangement.livingAlone).toBe(true);
    await events.waitFor(ChildFoundLivingAloneV1, id);

    const before = await revisionOf(id);
    for (const [input, code] of [
      [{ visitedOn: day(2) }, 'DATE_IN_FUTURE'],
      [{ visitedOn: yearsAgo(11) }, 'VISIT_BEFORE_BIRTH'],
      [{ supervisorId: 'nobody' }, 'SUPERVISOR_NOT_FOUND'],
      [{ riskFlags: ['BORED'] }, 'BAD_USER_INPUT'],
      [{ findings: 'x'.repeat(50_000) }, 'FIELD_TOO_LONG'],
    ] as [object, string][]) {
      const res = await mutate('recordVisit', {
        childId: id,
        kind: 'HOME_VISIT',
        visitedOn: day(0),
        visitorName: '黄丽',
        findings: '正常',
        riskFlags: [],
        ...input,
      });
      expect(errorOf(res)).toMatchObject({ code });
    }
    expect(await revisionOf(id)).toEqual(before);
  });

  it('a child without an ID number gets a provisional record, later confirmed or merged into the real record with history kept', async () => {
    const PROVISIONAL = `mutation ($input: RegisterProvisionalChildInput!) { registerProvisionalChild(input: $input) {
      id provisional maskedResidentIdNumber birthDate } }`;
    const CONFIRM = `mutation ($input: ConfirmChildIdentityInput!) { confirmChildIdentity(input: $input) {
      id provisional birthDate mergedFromChildIds visits { findings } identityHistory { event } } }`;
    const foundling = (over: object = {}) => ({
      familyName: '钦',
      givenName: '安安',
      sex: 'MALE',
      estimatedBirthDate: yearsAgo(1),
      regionCode: DEMO_VILLAGE,
      description: '在沙埠镇卫生院门口被发现，由民政部门临时监护',
      ...over,
    });
    const created = await gql(PROVISIONAL, { input: foundling() });
    expect(created.errors).toBeUndefined();
    const p1 = created.data.registerProvisionalChild;
    expect(p1).toMatchObject({ provisional: true, maskedResidentIdNumber: 'PROVISIONAL' });
    expect(
      errorOf(await gql(PROVISIONAL, { input: foundling({ estimatedBirthDate: day(3) }) })),
    ).toMatchObject({ code: 'BIRTH_DATE_IN_FUTURE', field: 'input.estimatedBirthDate' });

    // Confirmed: no child holds the number yet; the number's birth date replaces the estimate.
    const realBirth = yearsAgo(1, -20);
    const confirmed = await gql(CONFIRM, {
      input: { childId: p1.id, residentIdNumber: residentIdFor(realBirth, 'MALE'), reason: '公安户籍登记' },
    });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data.confirmChildIdentity).toMatchObject({
      id: p1.id,
      provisional: false,
      birthDate: realBirth,
    });
    const updated = await events.waitFor(ChildUpdatedV1, p1.id);
    expect(updated.payload.changed).toContain('residentIdNumber');
    expect(
      errorOf(
        await gql(CONFIRM, {
          input: { childId: p1.id, residentIdNumber: residentIdFor(realBirth, 'MALE'), reason: '重复' },
        }),
      ),
    ).toMatchObject({
      code: 'CHILD_NOT_PROVISIONAL',
    });

    // Merged: the number belongs to a child already in the ledger.
    const p2 = (
      await gql(PROVISIONAL, { input: foundling({ givenName: '乐乐', estimatedBirthDate: yearsAgo(6) }) })
    ).data.registerProvisionalChild;
    await ok('recordVisit', {
      childId: p2.id,
      kind: 'FOLLOW_UP',
      visitedOn: day(-2),
      visitorName: '社工 陈静',
      findings: '临时安置于福利院，状况良好',
      riskFlags: [],
    });
    const number = residentIdFor(yearsAgo(6, -3), 'MALE');
    const realId = await register({ sex: 'MALE', birthDate: yearsAgo(6, -3), residentIdNumber: number });
    for (const [input, code] of [
      [
        { residentIdNumber: number.slice(0, 17) + (number[17] === '0' ? '1' : '0') },
        'RESIDENT_ID_CHECK_DIGIT',
      ],
      [{ residentIdNumber: residentIdFor(yearsAgo(6), 'FEMALE') }, 'RESIDENT_ID_SEX_MISMATCH'],
      [{ childId: 'no-such-child' }, 'CHILD_NOT_FOUND'],
    ] as [object, string][]) {
      expect(
        errorOf(
          await gql(CONFIRM, {
            input: { childId: p2.id, residentIdNumber: number, reason: '核对', ...input },
          }),
        ),
      ).toMatchObject({ code });
    }
    const merged = await gql(CONFIRM, {
      input: { childId: p2.id, residentIdNumber: number, reason: '家属持户口簿认领' },
    });
    expect(merged.errors).toBeUndefined();
    expect(merged.data.confirmChildIdentity).toMatchObject({
      id: realId,
      mergedFromChildIds: [p2.id],
      visits: [{ findings: '临时安置于福利院，状况良好' }],
      identityHistory: [{ event: 'MERGED_FROM' }],
    });
    const old = await gql(
      `query ($id: ID!) { child(id: $id) { provisional mergedIntoChildId identityHistory { event } } }`,
      { id: p2.id },
    );
    expect(old.data.child).toEqual({
      provisional: true,
      mergedIntoChildId: realId,
      identityHistory: [{ event: 'PROVISIONAL_RECORD' }, { event: 'MERGED_INTO' }],
    });
    expect(
      errorOf(await gql(CONFIRM, { input: { childId: p2.id, residentIdNumber: number, reason: '再次' } })),
    ).toMatchObject({
      code: 'CHILD_ALREADY_MERGED',
    });
    await events.waitFor(ChildUpdatedV1, realId, (e) => e.payload.mergedFromChildId === p2.id);
    await events.waitFor(ChildUpdatedV1, p2.id);
    const listed = await gql(
      `query ($f: ChildFilter!) { children(filter: $f, first: 200) { edges { node { id } } } }`,
      {
        f: { regionCode: DEMO_VILLAGE },
      },
    );
    const ids = listed.data.children.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toContain(realId);
    expect(ids).not.toContain(p2.id); // a merged record is no longer listed
  });

  it('lists children by filters a page at a time in a stable order, with cursors', async () => {
    const village = '450703103201'; // 小董村委会, only this test's children
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await register({ regionCode: village, birthDate: yearsAgo(8 + i) }));
    await leftBehind(ids[4]);
    const LIST = `query ($f: ChildFilter!, $first: Int!, $after: String) {
      children(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }
    }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await gql(LIST, { f: { regionCode: '450703103' }, first: 2, after });
      expect(page.errors).toBeUndefined();
      expect(page.data.children.totalCount).toBe(5);
      seen.push(...page.data.children.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!page.data.children.pageInfo.hasNextPage) break;
      after = page.data.children.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids); // registration order, no gaps, no repeats

    const aged = await gql(LIST, { f: { regionCode: village, minAge: 9, maxAge: 11 }, first: 10 });
    expect(aged.data.children.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(ids.slice(1, 4));
    const lb = await gql(LIST, { f: { regionCode: village, category: 'LEFT_BEHIND' }, first: 10 });
    expect(lb.data.children.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[4]]);
    await events.waitFor(ChildClassifiedV1, ids[4]);

    // Over the gateway's page limit: refused there, before the registry is asked.
    expect(errorOf(await gql(LIST, { f: { regionCode: village }, first: 1000 }))).toMatchObject({
      code: 'PAGE_SIZE_TOO_LARGE',
    });
    expect(errorOf(await gql(LIST, { f: { regionCode: village }, first: 0 }))).toMatchObject({
      code: 'PAGE_SIZE_OUT_OF_RANGE',
    });
    expect(errorOf(await gql(LIST, { f: { regionCode: village }, first: 2, after: 'bm9wZQ' }))).toMatchObject(
      { code: 'INVALID_CURSOR' },
    );
    expect(
      errorOf(await gql(LIST, { f: { regionCode: village, minAge: 12, maxAge: 3 }, first: 2 })),
    ).toMatchObject({
      code: 'AGE_RANGE_INVALID',
    });
    expect(events.contractErrors).toEqual([]);
  });
});
