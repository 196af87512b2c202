import { aChild, aUser, DEMO_VILLAGE, uniqueName, waitFor, wholeSystemForThisBlock } from '@qz/testing';

const COUNTY = DEMO_VILLAGE.slice(0, 6); // 钦南区
const [CIVIL, POLICE] = (['CIVIL_AFFAIRS_OFFICER', 'POLICE_OFFICER'] as const).map((r) => aUser(r, COUNTY));
const OTHER_CIVIL = aUser('CIVIL_AFFAIRS_OFFICER', '450703'); // 钦北区
const TOWNSHIP = aUser('TOWNSHIP_OFFICER', DEMO_VILLAGE.slice(0, 9));
const PRISON = aUser('CUSTODY_STAFF', '450700');

const RECORD = `mutation ($input: RecordDetainedParentInput!) { recordDetainedParent(input: $input) {
  id measure hasMinorChildren children { childId regionCode arrangement caregiver careTask { openedAt arrangedAt } } } }`;
const TASKS = `query ($region: String) { detaineeChildCareTasks(regionCode: $region) { recordId childId regionCode measure } }`;
const ARRANGE = `mutation ($input: ArrangeDetaineeChildCareInput!) { arrangeDetaineeChildCare(input: $input) {
  childId arrangement caregiver careTask { arrangedAt note } } }`;
const REPORT = `mutation ($input: ReceiveReportInput!) { receiveReport(input: $input) { id status dispatchDueAt } }`;

/**
 * 四(一)2 through the gateway, the registry and police from dist/ on the real broker and store:
 * police detain a parent and record whether the person has minor children and who cares for each;
 * a child nobody was found for is civil affairs' task in the child's county until civil affairs
 * records the care it arranged; a prison reports an inmate's child who lacks a guardian through
 * police's intake, which starts the dispatch clock.
 */
describe('children of parents in detention or prison (四(一)2)', () => {
  const run = uniqueName('detained');
  const { ok, codeOf } = wholeSystemForThisBlock(run, ['registry', 'police'], 400_000);
  const ids: Record<string, string> = {};
  const base = {
    measure: 'CRIMINAL_DETENTION',
    decisionReference: '钦南公（刑）拘字〔2026〕101号',
    regionCode: COUNTY,
    hasMinorChildren: true,
  };

  beforeAll(async () => {
    for (const [key, givenName] of [
      ['withGran', '有人带'],
      ['alone', '无人带'],
    ] as const)
      ids[key] = (
        await ok(CIVIL, `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`, {
          input: aChild({ givenName, regionCode: DEMO_VILLAGE }),
        })
      ).registerChild.id;
  }, 400_000);

  it('四(一)2: police record the detained parent’s children and their carers; nobody found is a civil-affairs task', async () => {
    const input = {
      ...base,
      children: [
        { childId: ids.withGran, arrangement: 'RELATIVE', caregiver: '外婆 黄某' },
        { childId: ids.alone, arrangement: 'NONE_FOUND' },
      ],
    };
    // Police know the children once the registry's events reached them (probed with a date in
    // the future, refused after the children are looked up: nothing is written).
    const probe = { ...input, detainedAt: '2099-01-01T00:00:00Z' };
    const known = await waitFor(
      'police to know the children (the registry’s events)',
      async () => {
        const code = await codeOf(POLICE, RECORD, { input: probe });
        return code === 'CHILD_NOT_FOUND' ? null : code;
      },
      { timeoutMs: 120_000, intervalMs: 300 },
    );
    expect(known).toBe('DATE_IN_FUTURE');
    const { recordDetainedParent: r } = await ok(POLICE, RECORD, { input });
    expect(r.children).toEqual([
      {
        childId: ids.withGran,
        regionCode: DEMO_VILLAGE,
        arrangement: 'RELATIVE',
        caregiver: '外婆 黄某',
        careTask: null,
      },
      {
        childId: ids.alone,
        regionCode: DEMO_VILLAGE,
        arrangement: 'NONE_FOUND',
        caregiver: null,
        careTask: { openedAt: expect.any(String), arrangedAt: null },
      },
    ]);

    // The county's civil affairs sees its task (its region when none is given); another county's
    // civil affairs sees none of it, nor may it ask for this county; the township may not ask.
    const tasks = (await ok(CIVIL, TASKS, {})).detaineeChildCareTasks.filter(
      (t: { recordId: string }) => t.recordId === r.id,
    );
    expect(tasks).toEqual([
      { recordId: r.id, childId: ids.alone, regionCode: DEMO_VILLAGE, measure: 'CRIMINAL_DETENTION' },
    ]);
    expect((await ok(OTHER_CIVIL, TASKS, {})).detaineeChildCareTasks).toEqual([]);
    expect(await codeOf(OTHER_CIVIL, TASKS, { region: COUNTY })).toBe('OUT_OF_REGION');
    expect(await codeOf(TOWNSHIP, TASKS, {})).toBe('FORBIDDEN');

    // Civil affairs records the care it arranged: the task is closed, once.
    const arrange = {
      recordId: r.id,
      childId: ids.alone,
      arrangement: 'WELFARE_INSTITUTION',
      caregiver: '钦州市儿童福利院',
      note: '民政局安排福利院临时照料，书面交接',
    };
    expect(await codeOf(OTHER_CIVIL, ARRANGE, { input: arrange })).toBe('OUT_OF_REGION');
    expect(await codeOf(CIVIL, ARRANGE, { input: { ...arrange, arrangement: 'NONE_FOUND' } })).toBe(
      'CARE_ARRANGEMENT_INCOMPLETE',
    );
    expect(await codeOf(CIVIL, ARRANGE, { input: { ...arrange, childId: ids.withGran } })).toBe(
      'CARE_TASK_NOT_FOUND',
    );
    const arranged = (await ok(CIVIL, ARRANGE, { input: arrange })).arrangeDetaineeChildCare;
    expect(arranged).toEqual({
      childId: ids.alone,
      arrangement: 'WELFARE_INSTITUTION',
      caregiver: '钦州市儿童福利院',
      careTask: { arrangedAt: expect.any(String), note: arrange.note },
    });
    expect(await codeOf(CIVIL, ARRANGE, { input: arrange })).toBe('CARE_TASK_ALREADY_ARRANGED');
    const left = (await ok(CIVIL, TASKS, {})).detaineeChildCareTasks;
    expect(left.filter((t: { recordId: string }) => t.recordId === r.id)).toEqual([]);
  }, 200_000);

  it('四(一)2: the answer is recorded as asked, whole or not at all', async () => {
    const none = (await ok(POLICE, RECORD, { input: { ...base, hasMinorChildren: false, children: [] } }))
      .recordDetainedParent;
    expect(none).toEqual({
      id: expect.any(String),
      measure: 'CRIMINAL_DETENTION',
      hasMinorChildren: false,
      children: [],
    });
    expect(await codeOf(POLICE, RECORD, { input: { ...base, children: [] } })).toBe(
      'DETAINEE_CHILDREN_MISSING',
    );
    const child = { childId: ids.alone, arrangement: 'RELATIVE', caregiver: '舅舅' };
    expect(
      await codeOf(POLICE, RECORD, { input: { ...base, hasMinorChildren: false, children: [child] } }),
    ).toBe('DETAINEE_CHILDREN_CONTRADICT');
    // One child incomplete: nothing of the record is stored (no task appears).
    const before = (await ok(CIVIL, TASKS, {})).detaineeChildCareTasks.length;
    expect(
      await codeOf(POLICE, RECORD, {
        input: {
          ...base,
          children: [
            { childId: ids.withGran, arrangement: 'NONE_FOUND' },
            { childId: ids.alone, arrangement: 'OTHER_ADULT' },
          ],
        },
      }),
    ).toBe('CARE_ARRANGEMENT_INCOMPLETE');
    expect((await ok(CIVIL, TASKS, {})).detaineeChildCareTasks.length).toBe(before);
    expect(await codeOf(CIVIL, RECORD, { input: { ...base, children: [child] } })).toBe('FORBIDDEN');
  });

  it('四(一)2: a prison reports an inmate’s child who lacks a guardian through police’s intake, on the clock', async () => {
    const report = {
      situationType: 'GUARDIAN_LOST_CAPACITY',
      reporterKind: 'PRISON',
      channel: 'DUTY_BEARER_DIRECT',
      reporterOrganisation: '钦州监狱',
      reporterName: '狱政科 刘警官',
      childId: ids.withGran,
      regionCode: DEMO_VILLAGE,
      facts: '服刑人员韦某称其子无人监护，外婆年迈住院',
    };
    expect(await codeOf(PRISON, REPORT, { input: { ...report, reporterKind: 'SCHOOL' } })).toBe(
      'REPORTER_KIND_NOT_YOURS',
    );
    const made = (await ok(PRISON, REPORT, { input: report })).receiveReport;
    expect(made.status).toBe('REPORTED');
    expect(await codeOf(PRISON, `query ($id: ID!) { protectionCase(id: $id) { id } }`, { id: made.id })).toBe(
      'FORBIDDEN',
    );
    const seen = (
      await ok(
        POLICE,
        `query ($id: ID!) { protectionCase(id: $id) { dispatchDueAt reports { reporterKind mandatory anonymous reporterName receivedAt slaMinutes } } }`,
        { id: made.id },
      )
    ).protectionCase;
    const [r] = seen.reports;
    expect(r).toMatchObject({
      reporterKind: 'PRISON',
      mandatory: false,
      anonymous: false,
      reporterName: '狱政科 刘警官',
    });
    expect(Date.parse(seen.dispatchDueAt) - Date.parse(r.receivedAt)).toBe(r.slaMinutes * 60_000);
    // A drug-rehabilitation centre reports the same way.
    const rehab = {
      ...report,
      reporterKind: 'DRUG_REHABILITATION_CENTRE',
      reporterOrganisation: '钦州市强制隔离戒毒所',
    };
    expect((await ok(PRISON, REPORT, { input: rehab })).receiveReport.id).toBe(made.id); // joins the open case
  });

  it('四(一)2, issue 15: a moved child’s open care task goes to the civil affairs of the county it lives in now', async () => {
    const CITY = aUser('CIVIL_AFFAIRS_OFFICER', '450700');
    const childId = (
      await ok(CIVIL, `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`, {
        input: aChild({ givenName: '迁走', regionCode: DEMO_VILLAGE }),
      })
    ).registerChild.id as string;
    const input = { ...base, children: [{ childId, arrangement: 'NONE_FOUND' }] };
    const probe = { ...input, detainedAt: '2099-01-01T00:00:00Z' };
    await waitFor(
      'police to know the child (the registry’s events)',
      async () => (await codeOf(POLICE, RECORD, { input: probe })) !== 'CHILD_NOT_FOUND',
      { timeoutMs: 120_000, intervalMs: 300 },
    );
    const recordId = (await ok(POLICE, RECORD, { input })).recordDetainedParent.id as string;
    const ours = (tasks: { recordId: string; childId: string; regionCode: string }[]) =>
      tasks.filter((t) => t.recordId === recordId);
    expect(ours((await ok(CIVIL, TASKS, {})).detaineeChildCareTasks)).toHaveLength(1);

    const village: string = (
      await ok(CITY, `{ regions(under: "450703", level: VILLAGE, first: 1) { code } }`, {})
    ).regions[0].code;
    await ok(
      CITY,
      `mutation ($input: UpdateChildRecordInput!) { updateChildRecord(input: $input) { regionCode } }`,
      { input: { childId, regionCode: village, reason: '随祖父母迁居钦北区' } },
    );
    const moved = await waitFor(
      'the task to reach the new county’s civil affairs',
      async () => {
        const found = ours((await ok(OTHER_CIVIL, TASKS, {})).detaineeChildCareTasks);
        return found.length > 0 && found;
      },
      { timeoutMs: 120_000, intervalMs: 300 },
    );
    expect(moved).toEqual([{ recordId, childId, regionCode: village, measure: 'CRIMINAL_DETENTION' }]);
    expect(ours((await ok(CIVIL, TASKS, {})).detaineeChildCareTasks)).toEqual([]);
  }, 300_000);
});
