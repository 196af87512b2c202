import { localDateInChina } from '@qz/kernel';
import {
  aChild,
  aUser,
  DEMO_VILLAGE,
  residentIdFor,
  uniqueName,
  waitFor,
  wholeSystemForThisBlock,
} from '@qz/testing';

/** Who acts: 钦南区's bureaus and police, 沙埠镇's township and school, 沙埠村's supervisor. */
const [CIVIL, POLICE, HEALTH] = (['CIVIL_AFFAIRS_OFFICER', 'POLICE_OFFICER', 'HEALTH_OFFICER'] as const).map(
  (role) => aUser(role, '450702'),
);
const [TOWNSHIP, SCHOOL] = (['TOWNSHIP_OFFICER', 'SCHOOL_STAFF'] as const).map((role) =>
  aUser(role, '450702100'),
);
const SUPERVISOR = aUser('VILLAGE_SUPERVISOR', DEMO_VILLAGE);

const CASE = `id status childId timeline { action }
  assessment { planCompletedOn plan { id service department completion { outcome onTime } } }`;

/** Each department's item: its queue and completion in its own service, and who works it. */
const DEPARTMENTS = [
  {
    service: 'BEHAVIOUR_CORRECTION',
    queue: 'educationPlanItems',
    complete: 'completeEducationPlanItem',
    user: SCHOOL,
  },
  { service: 'COUNSELLING', queue: 'healthPlanItems', complete: 'completeHealthPlanItem', user: HEALTH },
  {
    service: 'SOCIAL_ASSISTANCE',
    queue: 'assistancePlanItems',
    complete: 'completeAssistancePlanItem',
    user: CIVIL,
  },
] as const;

/**
 * Issue 15's chain (四(二)2–4) through the gateway, every service running from dist/ on the real
 * broker and store: a village supervisor's visit finds a child alone → a police case (visit as its
 * source) → dispatch → the township notified and its assessment with a plan → the items reach
 * education, health and assistance, each completes its own in its own service → the plan is
 * complete on the case, which the township closes; a duty-bearer who knew and did not report is in
 * the accountability tally.
 */
describe('the chain across departments: visit → police → township → departments → closed (四(二))', () => {
  const run = uniqueName('chain');
  const { ok, codeOf } = wholeSystemForThisBlock(
    run,
    ['registry', 'police', 'education', 'health', 'assistance'],
    400_000,
  );
  const today = localDateInChina(new Date());
  const mutate = (
    user: typeof POLICE,
    name: string,
    input: object,
    fields = CASE,
    type = `${name[0].toUpperCase()}${name.slice(1)}Input`,
  ) =>
    ok(user, `mutation ($input: ${type}!) { ${name}(input: $input) { ${fields} } }`, { input }).then(
      (d) => d[name],
    );

  it('runs from the visit to the closed case, with the failure to report on record', async () => {
    const birthDate = '2016-05-20';
    const { id: childId } = await mutate(
      CIVIL,
      'registerChild',
      {
        ...aChild({ birthDate, residentIdNumber: residentIdFor(birthDate, 'FEMALE') }),
        regionCode: DEMO_VILLAGE,
      },
      'id',
    );
    // The supervisor's visit finds the child alone: a danger sign, a police report from the visit.
    const { visits } = await mutate(
      SUPERVISOR,
      'recordVisit',
      {
        childId,
        kind: 'FOLLOW_UP',
        visitedOn: today,
        visitorName: '村儿童主任 韦丽',
        findings: '父母外出务工，儿童独自在家三日',
        dangerSigns: ['LIVING_ALONE'],
      },
      'id visits { id dangerSigns }',
    );
    const [visit] = visits;
    expect(visit.dangerSigns).toEqual(['LIVING_ALONE']);
    const opened = await waitFor(
      'police to open a case from the visit',
      async () => {
        const c = await ok(
          POLICE,
          `query ($id: ID!) { child(id: $id) { protectionCases {
            id status situationType reports { sourceKey reporterKind } } } }`,
          { id: childId },
        );
        return c.child?.protectionCases?.[0];
      },
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    // One case, for a child left alone, whose report is the visit itself (四(二)2–3).
    expect(opened).toMatchObject({
      status: 'REPORTED',
      situationType: 'LEFT_ALONE',
      reports: [{ sourceKey: `visit:${visit.id}`, reporterKind: 'REGISTRY_ALERT' }],
    });
    const caseId = opened.id as string;

    const dispatched = await mutate(
      POLICE,
      'dispatchCase',
      { caseId, unit: '沙埠派出所', officer: '李警官' },
      'status dispatch { unit officer }',
    );
    expect(dispatched).toEqual({
      status: 'DISPATCHED',
      dispatch: { unit: '沙埠派出所', officer: '李警官' },
    });
    // 四(二)3: the child alone is taken into the rescue station's temporary care, handed over in writing.
    const measure = (input: object) =>
      mutate(POLICE, 'recordMeasure', { caseId, ...input }, 'measures { kind counterpart careOutcome }');
    const inCare = await measure({
      kind: 'TEMPORARY_CARE',
      counterpart: '钦南区救助管理站',
      handoverDocument: '交接单 QN-2026-207',
      notes: '父母返回前由救助站临时照料',
    });
    expect(inCare.measures).toContainEqual({
      kind: 'TEMPORARY_CARE',
      counterpart: '钦南区救助管理站',
      careOutcome: null,
    });
    const notified = await mutate(
      POLICE,
      'notifyTownship',
      { caseId, contact: '沙埠镇政府 值班室' },
      'status notification { townshipCode contact assessmentDueOn }',
    );
    expect(notified).toMatchObject({
      status: 'TOWNSHIP_NOTIFIED',
      notification: { townshipCode: '450702100', contact: '沙埠镇政府 值班室' },
    });
    expect(notified.notification.assessmentDueOn > today).toBe(true);
    const assessed = await mutate(TOWNSHIP, 'recordAssessment', {
      caseId,
      assessedOn: today,
      participants: ['沙埠镇政府 韦主任', '钦南区民政局 黄社工', '沙埠派出所 李警官'],
      safety: 'IN_DANGER',
      guardianship: 'IN_DANGER',
      health: 'AT_RISK',
      findings: '儿童独居无人照料，情绪低落',
      plan: [
        { service: 'BEHAVIOUR_CORRECTION', description: '学校结对帮扶' },
        { service: 'COUNSELLING', description: '心理疏导' },
        { service: 'SOCIAL_ASSISTANCE', description: '临时救助' },
      ],
    });
    expect(assessed.status).toBe('ASSESSED');
    const itemOf = Object.fromEntries(
      assessed.assessment.plan.map((p: { service: string; id: string }) => [p.service, p.id]),
    );

    // 四(二)2 追责: the clinic saw the child alone ten days ago and did not report.
    await mutate(
      POLICE,
      'recordReportingFailure',
      {
        caseId,
        organisationKind: 'HOSPITAL',
        organisation: '沙埠镇卫生院',
        knewOn: localDateInChina(new Date(Date.now() - 10 * 86_400_000)),
        facts: '儿童就诊时告知独自居住，卫生院未报告',
      },
      'id',
    );

    for (const d of DEPARTMENTS) {
      await waitFor(
        `${d.queue} to show the case's item`,
        async () => {
          const q = await ok(d.user, `{ ${d.queue}(first: 50) { items { id caseId } } }`);
          return q[d.queue].items.some((i: { id: string }) => i.id === itemOf[d.service]);
        },
        { timeoutMs: 120_000, intervalMs: 250 },
      );
      const completed = await mutate(
        d.user,
        d.complete,
        {
          itemId: itemOf[d.service],
          outcome: 'DELIVERED',
          note: `${d.service} 已办结`,
          completedOn: today,
          completedBy: `${d.user.department} 经办人`,
        },
        'id caseId status completion { outcome completedOn onTime }',
        'CompletePlanItemInput',
      );
      // Done in the department's own service, on time, for this case.
      expect(completed).toMatchObject({
        id: itemOf[d.service],
        caseId,
        status: 'COMPLETED',
        completion: { outcome: 'DELIVERED', completedOn: today, onTime: true },
      });
    }

    const complete = await waitFor(
      'police to record the plan complete',
      async () => {
        const { protectionCase: c } = await ok(
          POLICE,
          `query ($id: ID!) { protectionCase(id: $id) { ${CASE} } }`,
          {
            id: caseId,
          },
        );
        return c.assessment.planCompletedOn ? c : null;
      },
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    expect(complete.assessment.planCompletedOn).toBe(today);
    expect(complete.assessment.plan).toHaveLength(DEPARTMENTS.length);
    for (const item of complete.assessment.plan)
      expect(item.completion).toEqual({ outcome: 'DELIVERED', onTime: true });
    // The plan is done but the child is still in the station's care: the case cannot close until
    // police record to whom the child was handed (四(二)3).
    const close = { caseId, reason: '帮扶计划全部完成，监护已落实' };
    const closeCase = `mutation ($input: CloseCaseInput!) { closeCase(input: $input) { id } }`;
    expect(await codeOf(TOWNSHIP, closeCase, { input: close })).toBe('TEMPORARY_CARE_OPEN');
    const returned = await measure({
      kind: 'TEMPORARY_CARE_ENDED',
      counterpart: '母亲 韦某',
      handoverDocument: '交接单 QN-2026-215',
      careOutcome: 'RETURNED_TO_GUARDIAN',
      notes: '母亲返乡，救助站交还',
    });
    expect(returned.measures.at(-1)).toEqual({
      kind: 'TEMPORARY_CARE_ENDED',
      counterpart: '母亲 韦某',
      careOutcome: 'RETURNED_TO_GUARDIAN',
    });
    const closed = await mutate(TOWNSHIP, 'closeCase', close);
    expect(closed.status).toBe('CLOSED');
    expect(closed.timeline.map((t: { action: string }) => t.action)).toEqual(
      expect.arrayContaining(['PLAN_ITEM_COMPLETED', 'PLAN_COMPLETED', 'CLOSED']),
    );

    const tally = await ok(
      POLICE,
      `{ reportingFailureTally(regionCode: "450702") { organisation failures caseIds } }`,
    );
    expect(tally.reportingFailureTally).toEqual(
      expect.arrayContaining([{ organisation: '沙埠镇卫生院', failures: 1, caseIds: [caseId] }]),
    );
  }, 600_000);
});
