import type { Identity } from '@qz/identity';
import { localDateInChina } from '@qz/kernel';
import { SUBGRAPHS } from '@qz/schema-tools';
import {
  aChild,
  asUser,
  aUser,
  DEMO_VILLAGE,
  graphql,
  residentIdFor,
  type ServiceProcess,
  startSystemOf,
  uniqueName,
  uniqueTopicPrefix,
  waitFor,
  type WholeSystem,
} from '@qz/testing';
import { createConnection, type Connection } from 'mongoose';

/**
 * Issue 15 "every event has its consumers" / issue 14 item 1: each department's one copy of a
 * child (the child replica) follows the registry — names and region of a moved child, categories,
 * a provisional record merged into the real one — across the five services, the broker and the
 * store, through the gateway. A moved child is seen by the new county's staff and no longer by
 * the old county's. The DPF's disability certificate reaches the ledger's classification (issue 15
 * defect 4).
 */
describe('every department’s copy of a child follows the registry (child replica)', () => {
  const run = uniqueName('replica');
  const topicPrefix = uniqueTopicPrefix();
  let system: WholeSystem;
  const DEPARTMENTS = ['education', 'health', 'police', 'assistance'] as const;
  let gateway: ServiceProcess;
  let conn: Connection;

  const SLOW = { timeoutMs: 90_000, intervalMs: 300 };
  const OLD_COUNTY = DEMO_VILLAGE.slice(0, 6); // 钦南区
  const NEW_COUNTY = '450721'; // 灵山县
  const city = aUser('CIVIL_AFFAIRS_OFFICER', '450700');
  const oldCounty = aUser('CIVIL_AFFAIRS_OFFICER', OLD_COUNTY);
  const newCounty = aUser('CIVIL_AFFAIRS_OFFICER', NEW_COUNTY);
  const oldCountyPolice = aUser('POLICE_OFFICER', OLD_COUNTY);
  const newCountyPolice = aUser('POLICE_OFFICER', NEW_COUNTY);

  const PARTS = `query ($id: ID!) {
    child(id: $id) {
      id familyName regionCode
      education { registryCategories }
      health { __typename }
      protection { __typename }
      assistance { __typename }
    }
  }`;

  const as = async (user: Identity, query: string, variables: Record<string, unknown> = {}) =>
    graphql(gateway.url, query, variables, await asUser(user));
  const ok = async (user: Identity, query: string, variables: Record<string, unknown>) => {
    const res = await as(user, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  /** Each department's stored copy of the child. */
  const copies = (childId: string) =>
    Promise.all(
      DEPARTMENTS.map((d) =>
        conn
          .useDb(`${run}_${d}`)
          .collection('child_replicas')
          .findOne({ _id: childId as never }),
      ),
    );
  /** A police case about the child, as a member of the public's 110 call opens it. */
  const reportAbout = async (childId: string) =>
    (
      await ok(
        oldCountyPolice,
        `mutation ($input: ReceiveReportInput!) { receiveReport(input: $input) { id } }`,
        {
          input: {
            situationType: 'NEGLECT',
            reporterKind: 'PUBLIC',
            channel: 'CALL_110',
            anonymous: true,
            childId,
            regionCode: DEMO_VILLAGE,
            facts: '邻居称孩子常无人照看',
          },
        },
      )
    ).receiveReport.id as string;
  const CASE = `query ($id: ID!) { protectionCase(id: $id) { childId regionCode timeline { action note } } }`;
  const register = async (overrides: Parameters<typeof aChild>[0] = {}) =>
    (
      await ok(city, `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`, {
        input: aChild(overrides),
      })
    ).registerChild.id as string;
  const circumstances = (input: Record<string, unknown>) =>
    ok(
      city,
      `mutation ($input: UpdateChildCircumstancesInput!) { updateChildCircumstances(input: $input) { id } }`,
      { input },
    );

  beforeAll(async () => {
    system = await startSystemOf(run, topicPrefix, SUBGRAPHS);
    gateway = system.gateway;
    conn = await createConnection(
      process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017/?retryWrites=false',
    ).asPromise();
  }, 240_000);

  afterAll(async () => {
    await system?.stop();
    await conn?.close();
  }, 60_000);

  it('a registered child renamed and moved to another county: every copy follows, the new county’s staff see it, the old county’s do not', async () => {
    const childId = await register({ familyName: '黄', givenName: '迁移', birthDate: '2013-05-06' });
    await circumstances({ childId, dibao: true, reason: '低保户' });
    await waitFor(
      'every department to hold the child with its categories',
      async () => (await copies(childId)).every((c) => c?.categories?.includes('POVERTY_DIBAO')),
      SLOW,
    );
    const caseId = await reportAbout(childId);
    const villages = await ok(
      city,
      `{ regions(under: "${NEW_COUNTY}", level: VILLAGE, first: 1) { code } }`,
      {},
    );
    const village: string = villages.regions[0].code;

    const moved = await ok(
      city,
      `mutation ($input: UpdateChildRecordInput!) { updateChildRecord(input: $input) { regionCode familyName } }`,
      { input: { childId, familyName: '王', regionCode: village, reason: '户籍迁入灵山县' } },
    );
    expect(moved.updateChildRecord).toEqual({ regionCode: village, familyName: '王' });
    await waitFor(
      'every department’s copy to follow the move',
      async () => (await copies(childId)).every((c) => c?.regionCode === village && c.familyName === '王'),
      SLOW,
    );
    for (const copy of await copies(childId))
      expect(copy).toMatchObject({
        givenName: '迁移',
        birthDate: '2013-05-06',
        regionPath: expect.arrayContaining([NEW_COUNTY, village]),
        categories: ['POVERTY_DIBAO'],
      });

    // The new county's civil affairs reads every department's part; the old county's nothing.
    const seen = await as(newCounty, PARTS, { id: childId });
    expect(seen.errors).toBeUndefined();
    expect(seen.data.child).toMatchObject({
      familyName: '王',
      regionCode: village,
      education: { registryCategories: ['POVERTY_DIBAO'] },
      health: { __typename: 'ChildHealth' },
      protection: { __typename: 'ChildProtection' },
      assistance: { __typename: 'ChildAssistance' },
    });
    const refused = await as(oldCounty, PARTS, { id: childId });
    expect(refused.data?.child ?? null).toBeNull();
    expect(refused.errors?.map((e: any) => e.extensions?.code)).toContain('OUT_OF_REGION');

    // Assistance's proposals for the child are listed for the county the child lives in now.
    await waitFor(
      'assistance’s proposals to follow the child',
      async () => {
        const proposals = await conn
          .useDb(`${run}_assistance`)
          .collection('proposals')
          .find({ childId })
          .toArray();
        return proposals.length > 0 && proposals.every((p) => p.regionCode === village);
      },
      SLOW,
    );

    // Issue 15: the child's police case follows it to the new county's police, with a step on its
    // timeline; the old county's police no longer reach it.
    await waitFor(
      'the police case to follow the child',
      async () =>
        (await as(newCountyPolice, CASE, { id: caseId })).data?.protectionCase?.regionCode === village,
      SLOW,
    );
    const followed = (await ok(newCountyPolice, CASE, { id: caseId })).protectionCase;
    expect(followed.childId).toBe(childId);
    expect(followed.timeline.at(-1)).toEqual({
      action: 'CHILD_MOVED',
      note: expect.stringContaining(`moves there from ${DEMO_VILLAGE}`),
    });
    const oldPolice = await as(oldCountyPolice, CASE, { id: caseId });
    expect(oldPolice.errors?.map((e: any) => e.extensions?.code)).toContain('OUT_OF_REGION');
  });

  it('issue 15 defect 4 / 四(三)2: disability is recorded once, by DPF, and the registry learns it by event', async () => {
    const dpf = aUser('DPF_OFFICER', '450700');
    const childId = await register({ familyName: '覃', givenName: '听', birthDate: '2016-04-05' });

    // The caseworker's ledger no longer takes a certificate: refused, pointing to the DPF's record.
    const refused = await as(
      city,
      `mutation ($input: UpdateChildCircumstancesInput!) { updateChildCircumstances(input: $input) { id } }`,
      {
        input: {
          childId,
          disabilityCertificate: true,
          disabilityType: 'HEARING',
          disabilityGrade: 2,
          reason: '残疾人证',
        },
      },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'DISABILITY_RECORDED_BY_DPF',
      field: 'input.disabilityCertificate',
    });
    expect(refused.errors?.[0]?.message).toContain('recordDisabilityCertificate');

    // The DPF records it once, in health (once health knows the child from the registry's event).
    const record = (grade: number) =>
      as(
        dpf,
        `mutation ($input: RecordDisabilityCertificateInput!) {
          recordDisabilityCertificate(input: $input) { type grade certifiedOn }
        }`,
        { input: { childId, type: 'HEARING', grade, certifiedOn: '2025-06-01' } },
      );
    const recorded = await waitFor(
      'health to know the child',
      async () => {
        const r = await record(2);
        return r.errors?.[0]?.extensions?.code === 'CHILD_NOT_FOUND' ? null : r;
      },
      SLOW,
    );
    expect(recorded.errors).toBeUndefined();

    const BOTH = `query ($id: ID!) {
      child(id: $id) {
        classification { categories { category } }
        classificationHistory { added reason }
        circumstances { disabilityCertificate disability { type grade certifiedOn } }
        health { disability { type grade certifiedOn } }
      }
    }`;
    const both = async () => (await ok(city, BOTH, { id: childId })).child;
    const seen = await waitFor(
      'the registry to classify the child DISABLED from health’s event',
      async () => {
        const c = await both();
        return c.classification.categories.some((x: any) => x.category === 'DISABLED') && c;
      },
      SLOW,
    );
    const certificate = { type: 'HEARING', grade: 2, certifiedOn: '2025-06-01' };
    expect(seen.health.disability).toEqual(certificate);
    expect(seen.circumstances).toEqual({ disabilityCertificate: true, disability: certificate });
    expect(seen.classificationHistory.at(-1)).toEqual({
      added: ['DISABLED'],
      reason: expect.stringContaining('the DPF recorded a disability certificate'),
    });
    // Every department's copy has the category.
    await waitFor(
      'every department to hold the child as disabled',
      async () => (await copies(childId)).every((c) => c?.categories?.includes('DISABLED')),
      SLOW,
    );

    // A correction by the DPF reaches the ledger too: the two never differ.
    expect((await record(1)).errors).toBeUndefined();
    const corrected = await waitFor(
      'the DPF’s correction to reach the ledger',
      async () => {
        const c = await both();
        return c.circumstances.disability?.grade === 1 && c;
      },
      SLOW,
    );
    expect(corrected.health.disability).toEqual({ ...certificate, grade: 1 });
    expect(corrected.circumstances.disability).toEqual({ ...certificate, grade: 1 });

    // The DPF withdraws (注销) it after a re-assessment: health holds it no more, keeps what it was,
    // and the ledger and every department's copy follow (DISABLED goes: nothing else gives it).
    const withdraw = (withdrawnOn: string) =>
      as(
        dpf,
        `mutation ($input: WithdrawDisabilityCertificateInput!) {
          withdrawDisabilityCertificate(input: $input) { type grade certifiedOn withdrawnOn reason withdrawnBy }
        }`,
        { input: { childId, withdrawnOn, reason: 'REASSESSED_NOT_DISABLED', note: '复评听力恢复正常' } },
      );
    expect((await withdraw('2025-05-31')).errors?.[0]?.extensions).toMatchObject({
      code: 'WITHDRAWAL_BEFORE_CERTIFICATE',
      field: 'input.withdrawnOn',
    });
    const today = localDateInChina(new Date());
    const withdrawn = await withdraw(today);
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data.withdrawDisabilityCertificate).toEqual({
      ...certificate,
      grade: 1,
      withdrawnOn: today,
      reason: 'REASSESSED_NOT_DISABLED',
      withdrawnBy: dpf.userId,
    });
    expect((await withdraw(today)).errors?.[0]?.extensions).toMatchObject({
      code: 'DISABILITY_CERTIFICATE_NOT_RECORDED',
    });
    const gone = await waitFor(
      'the withdrawal to reach the ledger',
      async () => {
        const c = await both();
        return !c.circumstances.disabilityCertificate && c;
      },
      SLOW,
    );
    expect(gone.health.disability).toBeNull();
    expect(gone.circumstances).toEqual({ disabilityCertificate: false, disability: null });
    expect(gone.classification.categories).toEqual([]);
    expect(gone.classificationHistory.at(-1)).toEqual({
      added: [],
      reason: expect.stringContaining('the DPF withdrew (注销) the disability certificate of 2025-06-01'),
    });
    await waitFor(
      'every department to hold the child as not disabled',
      async () => (await copies(childId)).every((c) => c && !c.categories?.includes('DISABLED')),
      SLOW,
    );
  });

  it('a provisional record merged into the real child: the surviving record has the provisional one’s category in every department', async () => {
    const birthDate = '2015-08-09';
    const residentIdNumber = residentIdFor(birthDate, 'MALE');
    const realId = await register({
      familyName: '李',
      givenName: '真',
      sex: 'MALE',
      birthDate,
      residentIdNumber,
    });
    const provisional = await ok(
      city,
      `mutation ($input: RegisterProvisionalChildInput!) { registerProvisionalChild(input: $input) { id } }`,
      {
        input: {
          familyName: '无名',
          givenName: '男孩',
          sex: 'MALE',
          estimatedBirthDate: '2015-06-01',
          regionCode: DEMO_VILLAGE,
          description: '公安解救被拐儿童',
        },
      },
    );
    const provisionalId: string = provisional.registerProvisionalChild.id;
    await circumstances({ childId: provisionalId, traffickingRescued: true, reason: '解救' });
    await waitFor(
      'every department to hold the provisional record as rescued',
      async () => (await copies(provisionalId)).every((c) => c?.categories?.includes('TRAFFICKING_RESCUED')),
      SLOW,
    );
    // What the departments keep under the provisional id: a police case, assistance's proposal.
    const caseId = await reportAbout(provisionalId);
    const proposalsOf = async (id: string) =>
      (
        await ok(
          city,
          `query ($id: ID!) { child(id: $id) { assistance { proposals { id programme status } } } }`,
          {
            id,
          },
        )
      ).child.assistance?.proposals ?? [];
    const [proposal] = await waitFor(
      'assistance to propose temporary assistance for the rescued child',
      async () => {
        const ps = await proposalsOf(provisionalId);
        return ps.length > 0 && ps;
      },
      SLOW,
    );
    expect(proposal).toMatchObject({ programme: 'TEMPORARY_ASSISTANCE', status: 'PENDING' });

    const merged = await ok(
      city,
      `mutation ($input: ConfirmChildIdentityInput!) {
        confirmChildIdentity(input: $input) { id classification { categories { category } } }
      }`,
      { input: { childId: provisionalId, residentIdNumber, reason: '身份核实' } },
    );
    expect(merged.confirmChildIdentity.id).toBe(realId);
    expect(merged.confirmChildIdentity.classification.categories.map((c: any) => c.category)).toContain(
      'TRAFFICKING_RESCUED',
    );
    await waitFor(
      'every department’s copy of the real child to have the category, and the provisional copy to point to it',
      async () => {
        const [real, old] = await Promise.all([copies(realId), copies(provisionalId)]);
        return (
          real.every(
            (c) => c?.categories?.includes('TRAFFICKING_RESCUED') && c.mergedFrom?.includes(provisionalId),
          ) && old.every((c) => c?.mergedInto === realId)
        );
      },
      SLOW,
    );
    const seen = await ok(city, PARTS, { id: realId });
    expect(seen.child.education.registryCategories).toContain('TRAFFICKING_RESCUED');

    // Merges carry everything (issue 15): the case and the proposal are the real child's now, and
    // the child has one pending proposal of the programme, whichever of the two events came first.
    await waitFor(
      'the police case to pass to the real child',
      async () => (await ok(city, CASE, { id: caseId })).protectionCase.childId === realId,
      SLOW,
    );
    expect((await ok(city, CASE, { id: caseId })).protectionCase.timeline.at(-1)).toEqual({
      action: 'CHILD_RECORD_MERGED',
      note: expect.stringContaining(`${provisionalId} was merged into the child's record ${realId}`),
    });
    const protection = await ok(city, `query ($id: ID!) { child(id: $id) { protectionCases { id } } }`, {
      id: realId,
    });
    expect(protection.child.protectionCases.map((c: any) => c.id)).toContain(caseId);
    const carried = await waitFor(
      'the proposal to pass to the real child, with no second one pending',
      async () => {
        const ps = await proposalsOf(realId);
        const pending = ps.filter(
          (p: any) => p.programme === 'TEMPORARY_ASSISTANCE' && p.status === 'PENDING',
        );
        return ps.some((p: any) => p.id === proposal.id) && pending.length === 1 && ps;
      },
      SLOW,
    );
    expect(carried.filter((p: any) => p.status === 'PENDING')).toHaveLength(1);
    expect(await proposalsOf(provisionalId)).toEqual([]);
  });
});
