import { aChild, aUser, waitFor, uniqueName, DEMO_VILLAGE, wholeSystemForThisBlock } from '@qz/testing';
import { addDays, localDateInChina } from '@qz/kernel';

const COUNTY = DEMO_VILLAGE.slice(0, 6); // 钦南区
const CIVIL = aUser('CIVIL_AFFAIRS_OFFICER', COUNTY);
const SOCIAL_WORKER = aUser('CHILD_SOCIAL_WORKER', DEMO_VILLAGE.slice(0, 9));
const SUPERVISOR = aUser('VILLAGE_SUPERVISOR', DEMO_VILLAGE);
const EDUCATION = aUser('EDUCATION_OFFICER', COUNTY);
const COORDINATOR = aUser('COORDINATOR', '450700');
const AUDITOR = aUser('ACCESS_AUDITOR', COUNTY);
const OTHER_COUNTY = aUser('CIVIL_AFFAIRS_OFFICER', '450721');

const PLACEMENT = `id type grounds decidedBy decidedOn startDate carerName carerRelationship endedOn endedReason
  followUps { kind on by careAssessment }`;
const CHILD = `id placement { ${PLACEMENT} } placementHistory { id type startDate endedOn followUps { kind } }`;
const INPUT_TYPES: Record<string, string> = {
  decideCarePlacement: 'DecideCarePlacementInput',
  endCarePlacement: 'EndCarePlacementInput',
  recordPlacementFollowUp: 'RecordPlacementFollowUpInput',
  updateChildCircumstances: 'UpdateChildCircumstancesInput',
};
const mutation = (name: string, input: object) =>
  [`mutation ($input: ${INPUT_TYPES[name]}!) { ${name}(input: $input) { ${CHILD} } }`, { input }] as const;
const READ = `query ($id: ID!) { child(id: $id) { ${CHILD} } }`;

/**
 * 四(一)2 and 四(一)4 through the gateway, with the registry from dist/ on the real broker and store:
 * civil affairs decides the placement of a child the ledger shows without parental care — an
 * orphan placed in an institution and then adopted, a rescued child whose parents cannot be found
 * placed in a foster family until they are — records the follow-up visits and the adoptive
 * family's follow-up assessment; every other child, date, role and region is refused before
 * anything is written, and each read of a placement is in the access log.
 */
describe('placement of children without parental care and its follow-up (四(一)2, 四(一)4)', () => {
  const run = uniqueName('placement');
  const SLOW = { timeoutMs: 120_000, intervalMs: 300 };
  const today = localDateInChina(new Date());
  const daysAgo = (n: number) => addDays(today, -n);
  const { as, ok, codeOf } = wholeSystemForThisBlock(run, ['registry'], 400_000);

  const register = async (givenName: string) =>
    (
      await ok(CIVIL, `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`, {
        input: aChild({ givenName, birthDate: `${Number(today.slice(0, 4)) - 8}-03-15` }),
      })
    ).registerChild.id as string;
  const circumstances = (childId: string, facts: object) =>
    ok(CIVIL, ...mutation('updateChildCircumstances', { childId, reason: '村委会核实', ...facts }));
  const history = async (id: string) => (await ok(CIVIL, READ, { id })).child.placementHistory;

  const ids: Record<string, string> = {};
  const institution = {
    type: 'INSTITUTION',
    decidedBy: '钦南区民政局',
    decidedOn: daysAgo(60),
    startDate: daysAgo(59),
    carerName: '钦州市儿童福利院',
    reason: '父母双亡，无其他亲属可抚养',
  };
  const visit = {
    kind: 'VISIT',
    on: daysAgo(30),
    by: '沙埠镇儿童社会工作者 陈某',
    findings: '生活照料良好，已入读小学',
    careAssessment: 'SATISFACTORY',
  };

  beforeAll(async () => {
    ids.orphan = await register('孤儿');
    ids.rescued = await register('解救');
    ids.withParents = await register('留守');
    await circumstances(ids.orphan, { father: 'DECEASED', mother: 'DECEASED' });
    await circumstances(ids.rescued, { traffickingRescued: true });
    await circumstances(ids.withParents, { father: 'MIGRANT_WORKER', mother: 'MIGRANT_WORKER' });
  }, 400_000);

  it('四(一)2: an orphan is placed in an institution by the county bureau, with the deciding body and dates', async () => {
    const placed = (
      await ok(CIVIL, ...mutation('decideCarePlacement', { ...institution, childId: ids.orphan }))
    ).decideCarePlacement;
    expect(placed.placement).toMatchObject({
      type: 'INSTITUTION',
      grounds: ['ORPHAN'],
      decidedBy: '钦南区民政局',
      decidedOn: daysAgo(60),
      startDate: daysAgo(59),
      carerName: '钦州市儿童福利院',
      carerRelationship: null,
      endedOn: null,
      followUps: [],
    });
  });

  it('四(一)2: only a child the ledger shows without parental care, in the officer’s own county, by the bureau', async () => {
    const decide = (over: object) =>
      mutation('decideCarePlacement', { ...institution, childId: ids.orphan, ...over });
    expect(await codeOf(CIVIL, ...decide({ childId: ids.withParents }))).toBe(
      'CHILD_NOT_ELIGIBLE_FOR_PLACEMENT',
    );
    expect(await codeOf(CIVIL, ...decide({ childId: 'no-such-child' }))).toBe('CHILD_NOT_FOUND');
    expect(await codeOf(OTHER_COUNTY, ...decide({}))).toBe('OUT_OF_REGION');
    expect(await codeOf(SOCIAL_WORKER, ...decide({}))).toBe('FORBIDDEN');
    expect(await codeOf(SUPERVISOR, ...decide({}))).toBe('FORBIDDEN');
    // Dates: none in the future, the start not before the decision, nor on or before the placement in force.
    expect(await codeOf(CIVIL, ...decide({ decidedOn: addDays(today, 1) }))).toBe('DATE_IN_FUTURE');
    expect(await codeOf(CIVIL, ...decide({ decidedOn: daysAgo(5), startDate: daysAgo(6) }))).toBe(
      'DATE_BEFORE_PREVIOUS_STEP',
    );
    expect(await codeOf(CIVIL, ...decide({ startDate: daysAgo(59) }))).toBe('CARE_PLACEMENT_OVERLAP');
    // Nothing refused was written.
    expect(await history(ids.orphan)).toHaveLength(1);
    expect(await history(ids.withParents)).toEqual([]);
  });

  it('四(一)4: follow-up visits are kept on the placement; the adoptive family’s assessment only on an adoption', async () => {
    const followUp = (over: object) =>
      mutation('recordPlacementFollowUp', { ...visit, childId: ids.orphan, ...over });
    const visited = (await ok(SOCIAL_WORKER, ...followUp({}))).recordPlacementFollowUp;
    expect(visited.placement.followUps).toEqual([
      { kind: 'VISIT', on: daysAgo(30), by: '沙埠镇儿童社会工作者 陈某', careAssessment: 'SATISFACTORY' },
    ]);
    expect(await codeOf(SOCIAL_WORKER, ...followUp({ on: daysAgo(70) }))).toBe('FOLLOW_UP_BEFORE_PLACEMENT');
    expect(await codeOf(SOCIAL_WORKER, ...followUp({ on: addDays(today, 1) }))).toBe('DATE_IN_FUTURE');
    expect(await codeOf(SOCIAL_WORKER, ...followUp({ kind: 'ADOPTION_ASSESSMENT' }))).toBe(
      'PLACEMENT_NOT_ADOPTION',
    );
    expect(await codeOf(SUPERVISOR, ...followUp({}))).toBe('FORBIDDEN');
    expect(
      await codeOf(
        SOCIAL_WORKER,
        ...mutation('recordPlacementFollowUp', { ...visit, childId: ids.withParents }),
      ),
    ).toBe('FOLLOW_UP_BEFORE_PLACEMENT');

    // Adopted: the institution's placement ends the day before; the history keeps both.
    const adopted = (
      await ok(
        CIVIL,
        ...mutation('decideCarePlacement', {
          ...institution,
          childId: ids.orphan,
          type: 'ADOPTION',
          decidedBy: '钦州市民政局（收养登记）',
          decidedOn: daysAgo(10),
          startDate: daysAgo(10),
          carerName: '黄某、李某夫妇',
          reason: '经收养评估，收养人具备抚养监护能力',
        }),
      )
    ).decideCarePlacement;
    expect(adopted.placement).toMatchObject({
      type: 'ADOPTION',
      grounds: ['ORPHAN'],
      startDate: daysAgo(10),
    });
    expect(adopted.placementHistory).toEqual([
      {
        id: expect.any(String),
        type: 'INSTITUTION',
        startDate: daysAgo(59),
        endedOn: daysAgo(11),
        followUps: [{ kind: 'VISIT' }],
      },
      { id: adopted.placement.id, type: 'ADOPTION', startDate: daysAgo(10), endedOn: null, followUps: [] },
    ]);
    const assessed = (
      await ok(
        SOCIAL_WORKER,
        ...followUp({
          kind: 'ADOPTION_ASSESSMENT',
          on: today,
          by: '钦南区民政局 收养评估小组',
          findings: '收养人抚养监护能力良好，儿童适应新家庭',
          careAssessment: 'SATISFACTORY',
        }),
      )
    ).recordPlacementFollowUp;
    expect(assessed.placement.followUps).toEqual([
      {
        kind: 'ADOPTION_ASSESSMENT',
        on: today,
        by: '钦南区民政局 收养评估小组',
        careAssessment: 'SATISFACTORY',
      },
    ]);
  });

  it('四(一)2: a rescued child whose parents cannot be found is fostered until the placement ends; no follow-up after it', async () => {
    const fostered = (
      await ok(
        CIVIL,
        ...mutation('decideCarePlacement', {
          ...institution,
          childId: ids.rescued,
          type: 'FOSTER_FAMILY',
          carerName: '韦某家庭（寄养家庭）',
        }),
      )
    ).decideCarePlacement;
    expect(fostered.placement).toMatchObject({
      type: 'FOSTER_FAMILY',
      grounds: ['RESCUED_PARENTS_NOT_FOUND'],
    });
    const placementId = fostered.placement.id;
    const end = (over: object) =>
      mutation('endCarePlacement', {
        childId: ids.rescued,
        placementId,
        endedOn: daysAgo(5),
        reason: '找到生父母，接回',
        ...over,
      });
    expect(await codeOf(CIVIL, ...end({ endedOn: daysAgo(70) }))).toBe('END_BEFORE_START');
    expect(await codeOf(CIVIL, ...end({ endedOn: addDays(today, 1) }))).toBe('DATE_IN_FUTURE');
    expect(await codeOf(CIVIL, ...end({ placementId: 'no-such-placement' }))).toBe(
      'CARE_PLACEMENT_NOT_FOUND',
    );
    expect(await codeOf(OTHER_COUNTY, ...end({}))).toBe('OUT_OF_REGION');
    const ended = (await ok(CIVIL, ...end({}))).endCarePlacement;
    expect(ended.placement).toBeNull();
    expect(ended.placementHistory).toEqual([
      { id: placementId, type: 'FOSTER_FAMILY', startDate: daysAgo(59), endedOn: daysAgo(5), followUps: [] },
    ]);
    expect(await codeOf(CIVIL, ...end({}))).toBe('CARE_PLACEMENT_ALREADY_ENDED');
    expect(
      await codeOf(
        SOCIAL_WORKER,
        ...mutation('recordPlacementFollowUp', { ...visit, childId: ids.rescued, on: daysAgo(2) }),
      ),
    ).toBe('CARE_PLACEMENT_NOT_IN_FORCE');
  });

  it('四(一)2: the placement is read by civil affairs and the coordinator with a purpose, other departments get FORBIDDEN at its path, and each read is logged', async () => {
    const education = await as(EDUCATION, `query ($id: ID!) { child(id: $id) { id placement { type } } }`, {
      id: ids.orphan,
    });
    expect(education.data?.child).toEqual({ id: ids.orphan, placement: null });
    expect(education.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['child.placement', 'FORBIDDEN'],
    ]);
    expect(await codeOf(COORDINATOR, READ, { id: ids.orphan })).toBe('PURPOSE_REQUIRED');
    const coordinator = await ok({ ...COORDINATOR, purpose: '督查收养跟踪评估' }, READ, { id: ids.orphan });
    expect(coordinator.child.placement.type).toBe('ADOPTION');
    expect(await codeOf(OTHER_COUNTY, READ, { id: ids.orphan })).toBe('OUT_OF_REGION');

    const LOG = `query ($id: ID!) { childAccessLog(childId: $id, first: 200) { edges { node { action fields userId purpose } } } }`;
    const reads = await waitFor(
      'the coordinator’s read of the placement to reach the access log',
      async () => {
        const edges = (await ok(AUDITOR, LOG, { id: ids.orphan })).childAccessLog.edges as { node: any }[];
        const mine = edges
          .map((e) => e.node)
          .filter((n) => n.userId === COORDINATOR.userId && n.action === 'READ');
        return mine.length ? mine : null;
      },
      SLOW,
    );
    expect(reads).toEqual([
      {
        action: 'READ',
        fields: expect.arrayContaining(['Child.placement', 'Child.placementHistory']),
        userId: COORDINATOR.userId,
        purpose: '督查收养跟踪评估',
      },
    ]);
  }, 200_000);
});
