import { localDateInChina } from '@qz/kernel';
import type { Identity } from '@qz/identity';
import {
  aChild,
  aUser,
  DEMO_VILLAGE,
  graphql,
  residentIdFor,
  startService,
  uniqueTopicPrefix,
  viaGateway,
  waitFor,
  type ServiceProcessUnderTest,
} from '@qz/testing';

const POLICE = aUser('POLICE_OFFICER', '450702');
const CITY_POLICE = aUser('POLICE_OFFICER', '450700');
const TOWNSHIP = aUser('TOWNSHIP_OFFICER', '450702100');
const COORDINATOR = aUser('COORDINATOR', '450702');
const CIVIL = aUser('CIVIL_AFFAIRS_OFFICER', '450702');

/**
 * Police's own flow reaching the registry (issue 15): the registry and police as processes from
 * dist/, sharing a topic prefix, against the real broker and store; police driven through its
 * graph as its officers and the township work it.
 */
describe('registry ← police: the township’s assessment and an overdue dispatch, from police’s own flow', () => {
  const topicPrefix = uniqueTopicPrefix();
  let registry: ServiceProcessUnderTest;
  let police: ServiceProcessUnderTest;

  beforeAll(async () => {
    [registry, police] = await Promise.all([
      startService('registry', { topicPrefix }),
      startService('police', { topicPrefix, env: { DISPATCH_SWEEP_SECONDS: '1' } }),
    ]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([registry?.stop(), police?.stop()]);
  });

  const call = async (svc: ServiceProcessUnderTest, user: Identity, query: string, variables: object) =>
    graphql(svc.url, query, variables as Record<string, unknown>, await viaGateway(user));
  const ok = async (svc: ServiceProcessUnderTest, user: Identity, query: string, variables: object) => {
    const res = await call(svc, user, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  const policeDo = (name: string, input: object, user: Identity = POLICE) =>
    call(
      police,
      user,
      `mutation ($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { id status } }`,
      { input },
    );

  it('四(二)4: the township records its assessment in police; the registry raises the child’s cadence from it', async () => {
    const birthDate = '2016-03-08';
    const { registerChild: child } = await ok(
      registry,
      CIVIL,
      `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`,
      { input: aChild({ birthDate, residentIdNumber: residentIdFor(birthDate, 'FEMALE') }) },
    );
    const report = {
      situationType: 'LEFT_ALONE',
      reporterKind: 'VILLAGE_COMMITTEE',
      channel: 'DUTY_BEARER_DIRECT',
      reporterOrganisation: '沙埠村委会',
      reporterName: '韦主任',
      childId: child.id,
      regionCode: DEMO_VILLAGE,
      facts: '父母外出务工，儿童独自在家三日',
    };
    // Police know the child once the registration reached its copy of the ledger.
    const caseId = await waitFor('police to take the report about the registered child', async () => {
      const res = await policeDo('receiveReport', report);
      return res.errors ? null : (res.data.receiveReport.id as string);
    });
    for (const [name, input, user] of [
      ['dispatchCase', { caseId, unit: '沙埠派出所', officer: '李警官' }, POLICE],
      ['notifyTownship', { caseId, contact: '沙埠镇政府 值班室' }, POLICE],
      [
        'recordAssessment',
        {
          caseId,
          assessedOn: localDateInChina(new Date()),
          participants: ['沙埠镇政府 韦主任', '钦南区民政局 黄社工', '沙埠派出所 李警官'],
          safety: 'IN_DANGER',
          guardianship: 'AT_RISK',
          health: 'SAFE',
          findings: '儿童独居，无人照料',
          plan: [{ service: 'GUARDIANSHIP_GUIDANCE', description: '指导父母签订委托监护协议' }],
        },
        TOWNSHIP,
      ],
    ] as [string, object, Identity][]) {
      const res = await policeDo(name, input, user);
      expect({ name, errors: res.errors }).toEqual({ name, errors: undefined });
    }
    const visiting = await waitFor('the assessment to reach the ledger', async () => {
      const { child: c } = await ok(
        registry,
        CIVIL,
        `query ($id: ID!) { child(id: $id) { visiting { riskLevel nextVisitDue assessedOn assessmentCaseId } } }`,
        { id: child.id },
      );
      return c.visiting.assessmentCaseId === caseId && c.visiting;
    });
    expect(visiting).toMatchObject({ riskLevel: 'HIGH', assessedOn: localDateInChina(new Date()) });
  });

  it('四(二)3: a report police did not dispatch in time reaches the coordinator’s and the township’s queue', async () => {
    const sla = await call(
      police,
      CITY_POLICE,
      `mutation ($input: SetDispatchSlaInput!) { setDispatchSla(input: $input) { minutes } }`,
      { input: { situationType: 'MISSING', minutes: 10, reason: '市局 2026 年第 3 号通知' } },
    );
    expect(sla.errors).toBeUndefined();
    const res = await policeDo('receiveReport', {
      situationType: 'MISSING',
      reporterKind: 'PUBLIC',
      channel: 'CALL_110',
      reporterName: '陈女士',
      childDescription: '约7岁女孩，穿红色外套，在沙埠镇集市走失',
      regionCode: '450702100',
      facts: '路人报告孩子与家人走散已一小时',
      receivedAt: new Date(Date.now() - 30 * 60_000).toISOString(),
    });
    expect(res.errors).toBeUndefined();
    const caseId = res.data.receiveReport.id;
    const queue = `query ($r: String!) { unacknowledgedEscalations(regionCode: $r) { edges { node { id caseId minutesOverdue } } } }`;
    const entryIn = async (user: Identity, r: string) =>
      (await ok(registry, user, queue, { r })).unacknowledgedEscalations.edges
        .map((e: { node: { caseId: string } }) => e.node)
        .filter((n: { caseId: string }) => n.caseId === caseId);
    const [entry] = await waitFor('the escalation in the township’s queue', async () => {
      const found = await entryIn(TOWNSHIP, '450702100');
      return found.length ? found : null;
    });
    expect(entry.minutesOverdue).toBeGreaterThanOrEqual(19);
    expect(await entryIn(COORDINATOR, '450702')).toEqual([entry]);
  });
});
