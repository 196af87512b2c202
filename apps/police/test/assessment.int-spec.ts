import {
  AssessmentCompletedV1,
  MandatoryReportRaisedV1,
  PlanItemAssignedV1,
  ReportReceivedV1,
} from '@qz/contracts';
import { localDateInChina } from '@qz/kernel';
import { aUser, DEMO_VILLAGE, waitFor } from '@qz/testing';
import { v7 as uuidv7 } from 'uuid';
import {
  CIVIL,
  errorOf,
  policeThroughGateway,
  schoolReport,
  schoolReportEvent,
  TOWNSHIP,
} from './police-stack';

/**
 * The township's assessment (四(二)4) and who sees the case (policy 五), police through the gateway
 * with the registry (see police-stack): a child found living alone, reported by the school too,
 * dispatched and notified to the township before the tests.
 */
describe('police: the township assesses a notified case; who sees it', () => {
  const { events, gql, mutate, ok, dispatchedBeforeAll, publish } = policeThroughGateway();
  const opened = dispatchedBeforeAll();

  beforeAll(async () => {
    const reported = schoolReportEvent(opened.childId, schoolReport(opened.childId, uuidv7()));
    await publish(reported, MandatoryReportRaisedV1);
    await events.waitFor(ReportReceivedV1, opened.childId, (e) => e.payload.reporterKind === 'SCHOOL');
    await ok('notifyTownship', { caseId: opened.caseId, contact: '沙埠镇政府 值班室' });
  }, 120_000);

  it('rule 四(二)4: the township assesses the notified case with a plan; items for other departments are events; one query on the child shows it all', async () => {
    const assess = (over: object) =>
      mutate(
        'recordAssessment',
        {
          caseId: opened.caseId,
          assessedOn: localDateInChina(new Date()),
          participants: ['沙埠镇政府 韦主任', '钦南区民政局 黄社工', '沙埠派出所 李警官'],
          safety: 'AT_RISK',
          guardianship: 'IN_DANGER',
          health: 'SAFE',
          findings: '父母均在外务工，祖母年迈无力照管；儿童身体健康，情绪低落',
          plan: [
            { service: 'GUARDIANSHIP_GUIDANCE', description: '指导父亲签订委托监护协议' },
            { service: 'SOCIAL_ASSISTANCE', description: '协助申请临时救助' },
            {
              service: 'COUNSELLING',
              description: '心理疏导 4 次',
              dueOn: localDateInChina(new Date(Date.now() + 30 * 86_400_000)),
            },
          ],
          ...over,
        },
        TOWNSHIP,
      );
    for (const [input, code, field] of [
      [{ plan: [] }, 'ASSESSMENT_PLAN_MISSING', 'input.plan'],
      [
        { assessedOn: localDateInChina(new Date(Date.now() + 3 * 86_400_000)) },
        'DATE_IN_FUTURE',
        'input.assessedOn',
      ],
      [{ assessedOn: '2020-01-01' }, 'ASSESSMENT_BEFORE_NOTIFICATION', 'input.assessedOn'],
      [
        {
          plan: [
            { service: 'LEGAL_AID', description: 'a' },
            { service: 'LEGAL_AID', description: 'b' },
          ],
        },
        'PLAN_SERVICE_REPEATED',
        'input.plan',
      ],
    ] as [object, string, string][])
      expect(errorOf(await assess(input))).toMatchObject({ code, field });
    expect(
      errorOf(await mutate('closeCase', { caseId: opened.caseId, reason: '结案' }, TOWNSHIP)),
    ).toMatchObject({
      code: 'ASSESSMENT_NOT_RECORDED',
    });
    const res = await assess({});
    expect(res.errors).toBeUndefined();
    const assessed = res.data.recordAssessment;
    expect(assessed).toMatchObject({
      status: 'ASSESSED',
      assessmentOverdue: false,
      assessment: { onTime: true, guardianship: 'IN_DANGER' },
    });
    expect(assessed.assessment.plan.map((p: any) => [p.service, p.department, p.sentAsEvent])).toEqual([
      ['GUARDIANSHIP_GUIDANCE', 'TOWNSHIP', false],
      ['SOCIAL_ASSISTANCE', 'ASSISTANCE', true],
      ['COUNSELLING', 'HEALTH', true],
    ]);
    const completed = await events.waitFor(AssessmentCompletedV1, opened.childId);
    expect(completed.payload).toMatchObject({
      caseId: opened.caseId,
      townshipCode: '450702100',
      onTime: true,
    });
    await waitFor(
      'both plan items as events',
      () => events.about(PlanItemAssignedV1, opened.childId).length >= 2,
    );
    expect(
      events.about(PlanItemAssignedV1, opened.childId).map((e) => [e.payload.department, e.payload.itemId]),
    ).toEqual([
      ['ASSISTANCE', assessed.assessment.plan[1].id],
      ['HEALTH', assessed.assessment.plan[2].id],
    ]);

    // The whole flow in one gateway query on the child: registry fields and the police case, as
    // civil affairs (who takes over guardianship) sees it.
    const one = await gql(
      `query ($id: ID!) { child(id: $id) { id givenName livingArrangement { livingAlone }
      protectionCases { status reports { reporterKind } dispatch { unit } notification { townshipCode }
        assessment { plan { service department } } timeline { action } } } }`,
      { id: opened.childId },
      CIVIL,
    );
    expect(one.errors).toBeUndefined();
    expect(one.data.child).toMatchObject({
      livingArrangement: { livingAlone: true },
      protectionCases: [
        {
          status: 'ASSESSED',
          dispatch: { unit: '沙埠派出所' },
          notification: { townshipCode: '450702100' },
          assessment: {
            plan: [
              { service: 'GUARDIANSHIP_GUIDANCE' },
              { service: 'SOCIAL_ASSISTANCE' },
              { service: 'COUNSELLING' },
            ],
          },
        },
      ],
    });
    expect(one.data.child.protectionCases[0].timeline.at(-1)).toEqual({ action: 'ASSESSMENT_RECORDED' });
    expect(errorOf(await assess({}))).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    // 四(二)2 追责: a duty-bearer that knew and did not report.
    const failure = (over: object) =>
      gql(
        `mutation ($input: RecordReportingFailureInput!) { recordReportingFailure(input: $input) { reportingFailures { organisation } } }`,
        {
          input: {
            caseId: opened.caseId,
            organisationKind: 'HOSPITAL',
            organisation: '沙埠镇卫生院',
            knewOn: localDateInChina(new Date(Date.now() - 10 * 86_400_000)),
            facts: '儿童就诊时告知独自居住，卫生院未报告',
            ...over,
          },
        },
      );
    expect(
      errorOf(await failure({ organisationKind: 'SCHOOL', organisation: '沙埠镇中心小学' })),
    ).toMatchObject({
      code: 'DUTY_BEARER_DID_REPORT',
    });
    expect(errorOf(await failure({ organisationKind: 'PUBLIC' }))).toMatchObject({
      code: 'NOT_A_DUTY_BEARER',
    });
    expect((await failure({})).data.recordReportingFailure.reportingFailures).toEqual([
      { organisation: '沙埠镇卫生院' },
    ]);
    const tally = await gql(
      `{ reportingFailureTally(regionCode: "450702") { regionCode organisation failures caseIds } }`,
    );
    expect(tally.data.reportingFailureTally).toEqual([
      { regionCode: DEMO_VILLAGE, organisation: '沙埠镇卫生院', failures: 1, caseIds: [opened.caseId] },
    ]);
    const openQueue = await gql(`{ openAssessments(townshipCode: "450702100") { id } }`, {}, TOWNSHIP);
    expect(openQueue.data.openAssessments).not.toContainEqual({ id: opened.caseId });
  });

  it('policy 五: education, health and village staff get the child without its police part; a coordinator states why', async () => {
    const PICTURE = `query ($id: ID!) { child(id: $id) { id protection { openCases } protectionCases { id } } }`;
    for (const user of [
      aUser('SCHOOL_STAFF', '450702'),
      aUser('HEALTH_OFFICER', '450702'),
      aUser('VILLAGE_SUPERVISOR', DEMO_VILLAGE),
    ]) {
      const res = await gql(PICTURE, { id: opened.childId }, user);
      expect(res.data.child).toEqual({ id: opened.childId, protection: null, protectionCases: null });
      expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
        ['child.protection', 'FORBIDDEN'],
        ['child.protectionCases', 'FORBIDDEN'],
      ]);
    }
    const social = await gql(
      `query ($id: ID!) { child(id: $id) { protection { openCases } protectionCases { status situationType } } }`,
      { id: opened.childId },
      aUser('CHILD_SOCIAL_WORKER', '450702'),
    );
    // A social worker sees that there is a case, not what it is about.
    expect(social.data.child.protection).toEqual({ openCases: 1 });
    expect(social.data.child.protectionCases).toEqual([{ status: 'ASSESSED', situationType: null }]);
    const coordinator = aUser('COORDINATOR', '450700');
    expect(errorOf(await gql(PICTURE, { id: opened.childId }, coordinator))).toMatchObject({
      code: 'PURPOSE_REQUIRED',
    });
    const withPurpose = await gql(
      PICTURE,
      { id: opened.childId },
      { ...coordinator, purpose: 'annual review (headers carry ASCII)' },
    );
    expect(withPurpose.errors).toBeUndefined();
    expect(withPurpose.data.child.protection).toEqual({ openCases: 1 });
  });

  afterAll(() => expect(events.contractErrors).toEqual([]));
});
