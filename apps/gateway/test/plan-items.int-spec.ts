import type { Identity } from '@qz/identity';
import { localDateInChina } from '@qz/kernel';
import { aUser, DEMO_VILLAGE, uniqueName, waitFor, wholeSystemForThisBlock } from '@qz/testing';

const POLICE = aUser('POLICE_OFFICER', '450702');
const TOWNSHIP = aUser('TOWNSHIP_OFFICER', '450702100');
const SCHOOL = aUser('SCHOOL_STAFF', '450702100');
const HEALTH = aUser('HEALTH_OFFICER', '450702');
const CIVIL = aUser('CIVIL_AFFAIRS_OFFICER', '450702');
const OTHER_COUNTY_HEALTH = aUser('HEALTH_OFFICER', '450703');

const ITEM =
  'id caseId regionCode service description dueOn status overdue completion { outcome note onTime }';
const CASE = `id status timeline { action to note }
  assessment { planCompletedOn plan { id service department sentAsEvent completion { outcome completedBy note onTime } } }`;

/** Each department's queue and completion, by its service's name. */
const DEPARTMENTS = [
  {
    queue: 'educationPlanItems',
    complete: 'completeEducationPlanItem',
    user: SCHOOL,
    service: 'BEHAVIOUR_CORRECTION',
  },
  { queue: 'healthPlanItems', complete: 'completeHealthPlanItem', user: HEALTH, service: 'COUNSELLING' },
  {
    queue: 'assistancePlanItems',
    complete: 'completeAssistancePlanItem',
    user: CIVIL,
    service: 'SOCIAL_ASSISTANCE',
  },
] as const;

/**
 * 四(二)4 across departments, through the gateway with police, education, health and assistance
 * running from dist/ on the real broker and store: the township's plan sends each item to the
 * department named on it (police.plan-item.assigned), which queues it with its due date; completing
 * it there (<service>.plan-item.completed) closes the item on the police case, with a timeline entry.
 */
describe('plan items: police → education, health, assistance → police (四(二)4)', () => {
  const run = uniqueName('plan_items');
  const { as, ok } = wholeSystemForThisBlock(run, ['police', 'education', 'health', 'assistance']);
  const step = async (user: Identity, name: string, input: object) => {
    const type = name[0].toUpperCase() + name.slice(1);
    return (
      await ok(user, `mutation ($input: ${type}Input!) { ${name}(input: $input) { ${CASE} } }`, { input })
    )[name];
  };
  const queueOf = async (d: (typeof DEPARTMENTS)[number], user: Identity = d.user, status = 'OPEN') =>
    (
      await ok(
        user,
        `query ($s: PlanItemStatus!) { ${d.queue}(status: $s, first: 50) { totalCount items { ${ITEM} } } }`,
        {
          s: status,
        },
      )
    )[d.queue] as { totalCount: number; items: Record<string, any>[] };
  const complete = (d: (typeof DEPARTMENTS)[number], input: object, user: Identity = d.user) =>
    as(user, `mutation ($input: CompletePlanItemInput!) { ${d.complete}(input: $input) { ${ITEM} } }`, {
      input,
    });
  const today = localDateInChina(new Date());
  const inDays = (n: number) => localDateInChina(new Date(Date.now() + n * 86_400_000));

  let caseId: string;
  let itemOf: Record<string, string>;

  it('the township’s plan reaches each department named, in its queue with the due date', async () => {
    const reported = await step(POLICE, 'receiveReport', {
      situationType: 'NEGLECT',
      reporterKind: 'HOSPITAL',
      channel: 'DUTY_BEARER_DIRECT',
      reporterOrganisation: '钦州市第一人民医院',
      reporterName: '急诊科 刘医生',
      childDescription: '约9岁男孩，无人照看',
      regionCode: DEMO_VILLAGE,
      facts: '就诊时发现长期无人照看',
    });
    caseId = reported.id;
    await step(POLICE, 'dispatchCase', { caseId, unit: '沙埠派出所', officer: '李警官' });
    await step(POLICE, 'notifyTownship', { caseId, contact: '沙埠镇政府 值班室' });
    const assessed = await step(TOWNSHIP, 'recordAssessment', {
      caseId,
      assessedOn: today,
      participants: ['沙埠镇政府 韦主任', '钦南区民政局 黄社工', '沙埠派出所 李警官'],
      safety: 'AT_RISK',
      guardianship: 'IN_DANGER',
      health: 'AT_RISK',
      findings: '父母均在外务工，祖母年迈无力照管；儿童情绪低落，多次逃学',
      plan: [
        { service: 'GUARDIANSHIP_GUIDANCE', description: '指导父亲签订委托监护协议' },
        { service: 'BEHAVIOUR_CORRECTION', description: '学校安排行为矫治与结对帮扶', dueOn: inDays(20) },
        { service: 'COUNSELLING', description: '心理疏导 4 次', dueOn: inDays(30) },
        { service: 'SOCIAL_ASSISTANCE', description: '协助申请临时救助' },
      ],
    });
    expect(assessed.status).toBe('ASSESSED');
    itemOf = Object.fromEntries(
      assessed.assessment.plan.map((p: { service: string; id: string }) => [p.service, p.id]),
    );

    for (const d of DEPARTMENTS) {
      const queue = await waitFor(
        `${d.queue} to show the case's item`,
        async () => {
          const q = await queueOf(d);
          return q.items.some((i) => i.caseId === caseId) ? q : null;
        },
        { timeoutMs: 120_000, intervalMs: 250 },
      );
      // Only the department's own item: the other departments' and the township's stay out.
      expect(queue.items.filter((i) => i.caseId === caseId)).toEqual([
        expect.objectContaining({
          id: itemOf[d.service],
          service: d.service,
          regionCode: DEMO_VILLAGE,
          status: 'OPEN',
          overdue: false,
          completion: null,
        }),
      ]);
    }
    const health = (await queueOf(DEPARTMENTS[1])).items.find((i) => i.caseId === caseId);
    expect(health).toMatchObject({ dueOn: inDays(30), description: '心理疏导 4 次' });
    // Another county's staff do not see the item (region-scoped queue).
    expect((await queueOf(DEPARTMENTS[1], OTHER_COUNTY_HEALTH)).items).toEqual([]);
  }, 300_000);

  it('a completion is refused for a day in the future, another county, or an unknown item, with nothing written', async () => {
    const health = DEPARTMENTS[1];
    const input = {
      itemId: itemOf.COUNSELLING,
      outcome: 'DELIVERED',
      note: '完成 4 次心理疏导',
      completedOn: today,
      completedBy: '钦南区卫健局 黄医生',
    };
    const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
      res.errors?.[0]?.extensions;
    expect(codeOf(await complete(health, { ...input, completedOn: inDays(3) }))).toMatchObject({
      code: 'DATE_IN_FUTURE',
      field: 'input.completedOn',
    });
    expect(codeOf(await complete(health, input, OTHER_COUNTY_HEALTH))).toMatchObject({
      code: 'OUT_OF_REGION',
    });
    expect(codeOf(await complete(health, { ...input, itemId: 'no-such-item' }))).toMatchObject({
      code: 'PLAN_ITEM_NOT_FOUND',
    });
    expect(codeOf(await complete(health, { ...input, outcome: 'MAYBE' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const open = (await queueOf(health)).items.find((i) => i.id === itemOf.COUNSELLING);
    expect(open).toMatchObject({ status: 'OPEN', completion: null });
  }, 120_000);

  it('completing each item in its department closes it on the police case, once', async () => {
    for (const d of DEPARTMENTS) {
      const res = await complete(d, {
        itemId: itemOf[d.service],
        outcome: d.service === 'SOCIAL_ASSISTANCE' ? 'REFUSED_BY_FAMILY' : 'DELIVERED',
        note: `${d.service} 已办结`,
        completedOn: today,
        completedBy: `${d.user.department} 经办人`,
      });
      expect(res.errors).toBeUndefined();
      expect(res.data[d.complete]).toMatchObject({ status: 'COMPLETED', completion: { onTime: true } });
      const again = await complete(d, {
        itemId: itemOf[d.service],
        outcome: 'DELIVERED',
        note: 'again',
        completedOn: today,
        completedBy: 'x',
      });
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'PLAN_ITEM_ALREADY_COMPLETED' });
      expect((await queueOf(d)).items.some((i) => i.id === itemOf[d.service])).toBe(false);
      expect((await queueOf(d, d.user, 'COMPLETED')).items.map((i) => i.id)).toContain(itemOf[d.service]);
    }

    const closed = await waitFor(
      'police to close the three items on the case',
      async () => {
        const c = (
          await ok(POLICE, `query ($id: ID!) { protectionCase(id: $id) { ${CASE} } }`, { id: caseId })
        ).protectionCase;
        const sent = c.assessment.plan.filter((p: { sentAsEvent: boolean }) => p.sentAsEvent);
        return sent.every((p: { completion: unknown }) => p.completion) ? c : null;
      },
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    const byService = Object.fromEntries(
      closed.assessment.plan.map((p: { service: string }) => [p.service, p]),
    );
    expect(byService.COUNSELLING.completion).toMatchObject({ outcome: 'DELIVERED', onTime: true });
    expect(byService.SOCIAL_ASSISTANCE.completion).toMatchObject({ outcome: 'REFUSED_BY_FAMILY' });
    expect(byService.BEHAVIOUR_CORRECTION.completion).toMatchObject({ outcome: 'DELIVERED' });
    // The township's own item is not sent as an event and stays open on the case.
    expect(byService.GUARDIANSHIP_GUIDANCE).toMatchObject({ sentAsEvent: false, completion: null });
    const entries = closed.timeline.filter((t: { action: string }) => t.action === 'PLAN_ITEM_COMPLETED');
    expect(entries).toHaveLength(3);
    expect(entries.every((t: { to: string }) => t.to === 'ASSESSED')).toBe(true);
    expect(closed.status).toBe('ASSESSED');
    // One item still open (the township's): the plan is not complete.
    expect(closed.assessment.planCompletedOn).toBeNull();
  }, 300_000);

  it('the township records its own item done in police, and the last item done completes the plan', async () => {
    const own = (itemId: string, user: Identity = TOWNSHIP, over: object = {}) =>
      as(
        user,
        `mutation ($input: CompleteCasePlanItemInput!) { completeCasePlanItem(input: $input) { ${CASE} } }`,
        {
          input: {
            caseId,
            itemId,
            outcome: 'DELIVERED',
            note: '父亲已签订委托监护协议',
            completedOn: today,
            completedBy: '沙埠镇政府 韦主任',
            ...over,
          },
        },
      );
    // A department's item is completed in its own service, not here; police may not record it.
    expect((await own(itemOf.COUNSELLING)).errors?.[0]?.extensions).toMatchObject({
      code: 'PLAN_ITEM_SENT_TO_DEPARTMENT',
      field: 'input.itemId',
    });
    expect((await own(itemOf.GUARDIANSHIP_GUIDANCE, POLICE)).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      (await own(itemOf.GUARDIANSHIP_GUIDANCE, TOWNSHIP, { completedOn: inDays(2) })).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'DATE_IN_FUTURE', field: 'input.completedOn' });

    const res = await own(itemOf.GUARDIANSHIP_GUIDANCE);
    expect(res.errors).toBeUndefined();
    const c = res.data.completeCasePlanItem;
    expect(c.status).toBe('ASSESSED');
    expect(c.assessment.planCompletedOn).toBe(today);
    const guidance = c.assessment.plan.find(
      (p: { service: string }) => p.service === 'GUARDIANSHIP_GUIDANCE',
    );
    expect(guidance.completion).toMatchObject({
      outcome: 'DELIVERED',
      completedBy: '沙埠镇政府 韦主任',
      onTime: true,
    });
    const actions = c.timeline.map((t: { action: string }) => t.action);
    expect(actions.slice(-2)).toEqual(['PLAN_ITEM_COMPLETED', 'PLAN_COMPLETED']);
    expect(actions.filter((a: string) => a === 'PLAN_COMPLETED')).toHaveLength(1);
    expect((await own(itemOf.GUARDIANSHIP_GUIDANCE)).errors?.[0]?.extensions).toMatchObject({
      code: 'PLAN_ITEM_ALREADY_COMPLETED',
    });
  }, 120_000);
});
