import {
  CaseDispatchedV1,
  ChildFoundLivingAloneV1,
  createEvent,
  AssessmentCompletedV1,
  DispatchOverdueV1,
  GuardianshipEscalatedV1,
  GuardianshipLapsedV1,
  GuardianshipRevokedV1,
  MandatoryReportRaisedV1,
  PlanItemAssignedV1,
  policeEvents,
  ReportReceivedV1,
  TownshipNotifiedV1,
  VisitDangerFoundV1,
  type Envelope,
  type MandatoryReportRaisedPayload,
} from '@qz/contracts';
import type { Identity } from '@qz/identity';
import { localDateInChina, workingCalendar, type LocalDate } from '@qz/kernel';
import {
  aChild,
  asUser,
  aUser,
  DEMO_VILLAGE,
  EventCollector,
  freePort,
  graphql,
  residentIdFor,
  ServiceProcess,
  stackSettings,
  uniqueName,
  uniqueTopicPrefix,
  waitFor,
} from '@qz/testing';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { createConnection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';

const yearsAgo = (years: number) => {
  const d = localDateInChina(new Date());
  return `${Number(d.slice(0, 4)) - years}${d.slice(4)}`.replace('-02-29', '-02-28');
};

/** The township's deadline for a missing agreement (the registry's, 10 working days; null past the calendar's years). */
const followUpDueOn = (openedOn: LocalDate): LocalDate | null => {
  try {
    return workingCalendar().addWorkingDays(openedOn, 10);
  } catch {
    return null;
  }
};

/** Who acts: police of the county, its township's officer, civil affairs (the ledger's keepers). */
const POLICE = aUser('POLICE_OFFICER', '450702');
const TOWNSHIP = aUser('TOWNSHIP_OFFICER', '450702100');
const CIVIL = aUser('CIVIL_AFFAIRS_OFFICER', '450702');

const CASE = `id status childId childDescription regionCode situationType slaMinutes dispatchDueAt dispatchOverdue escalatedAt
  reports { id sourceKey situationType reporterKind channel mandatory receivedAt }
  dispatch { unit officer withinSla }
  measures { kind counterpart handoverDocument }
  notification { townshipCode contact assessmentDueOn }
  assessment { assessedOn dueOn onTime safety guardianship health plan { id service department sentAsEvent } }
  assessmentOverdue
  timeline { action from to by note }`;

/**
 * Police through the gateway, with the registry and police running from dist/ against the real
 * store and broker: registry alerts and a school's mandatory report (published here with a real
 * producer) become reports and cases; dispatch, measures and township notification go through the
 * state machine; an overdue dispatch raises its escalation event once. Every police event is read
 * by a real consumer and parsed with its contract.
 */
describe('police cases through the gateway', () => {
  const run = uniqueName('police');
  const topicPrefix = uniqueTopicPrefix();
  const events = new EventCollector(
    [...policeEvents, ChildFoundLivingAloneV1, GuardianshipLapsedV1, VisitDangerFoundV1],
    topicPrefix,
  );
  let registry: ServiceProcess;
  let police: ServiceProcess;
  let gateway: ServiceProcess;
  let producer: Producer;

  beforeAll(async () => {
    registry = new ServiceProcess('registry', await freePort(), {
      MONGO_DB: `${run}_registry`,
      KAFKA_TOPIC_PREFIX: topicPrefix,
    });
    police = new ServiceProcess('police', await freePort(), {
      MONGO_DB: `${run}_police`,
      KAFKA_TOPIC_PREFIX: topicPrefix,
      DISPATCH_SWEEP_SECONDS: '1',
    });
    await Promise.all([registry.start(), police.start()]);
    gateway = new ServiceProcess('gateway', await freePort(), {
      SUBGRAPH_REGISTRY_URL: registry.url,
      SUBGRAPH_POLICE_URL: police.url,
    });
    await gateway.start('/health/live');
    await events.start();
    producer = new Kafka({
      brokers: stackSettings().kafkaBrokers,
      clientId: 'police-test',
      logLevel: logLevel.NOTHING,
    }).producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await events.stop();
    await gateway?.stop();
    await Promise.all([police?.stop(), registry?.stop()]);
    for (const db of [`${run}_registry`, `${run}_police`]) {
      const conn = await createConnection(stackSettings().mongoUrl, { dbName: db }).asPromise();
      await conn.dropDatabase().catch(() => undefined);
      await conn.close();
    }
  });

  const gql = async (query: string, variables: Record<string, unknown> = {}, user: Identity = POLICE) =>
    graphql(gateway.url, query, variables, await asUser(user));
  const mutate = (name: string, input: object, user: Identity = POLICE) => {
    const type = name[0].toUpperCase() + name.slice(1);
    return gql(`mutation ($input: ${type}Input!) { ${name}(input: $input) { ${CASE} } }`, { input }, user);
  };
  const ok = async (name: string, input: object, user: Identity = POLICE) => {
    const res = await mutate(name, input, user);
    expect(res.errors).toBeUndefined();
    return res.data[name];
  };
  const errorOf = (res: { errors?: { extensions?: object }[] }) => res.errors?.[0]?.extensions;
  const casesOf = async (childId: string) => {
    const res = await gql(`query ($id: ID!) { child(id: $id) { id protectionCases { ${CASE} } } }`, {
      id: childId,
    });
    expect(res.errors).toBeUndefined();
    return res.data.child.protectionCases as any[];
  };
  const register = async (years = 10) => {
    const birthDate = yearsAgo(years);
    const res = await gql(
      `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`,
      {
        input: aChild({ birthDate, residentIdNumber: residentIdFor(birthDate, 'FEMALE') }),
      },
      CIVIL,
    );
    expect(res.errors).toBeUndefined();
    return res.data.registerChild.id as string;
  };
  const publish = (envelope: Envelope<unknown>, topic: string) =>
    producer.send({
      topic: `${topicPrefix}${topic}`,
      messages: [{ key: envelope.subject, value: JSON.stringify(envelope) }],
    });
  const schoolReport = (childId: string, reportId: string): MandatoryReportRaisedPayload => ({
    reportId,
    childId,
    concern: 'DROPOUT',
    reporter: { kind: 'SCHOOL', schoolId: 's-1', schoolName: '沙埠镇中心小学', person: '班主任 黄老师' },
    regionCode: DEMO_VILLAGE,
    observedOn: localDateInChina(new Date()),
    childCategories: ['LEFT_BEHIND'],
    leftBehind: true,
    inDifficulty: false,
    facts: '连续三周未到校，劝返无效，祖母称无法管教',
    source: { kind: 'DROPOUT_CASE', id: 'd-1', caseNumber: null },
    rule: '四(二)2',
  });

  let livingAloneChild: string;
  let openCaseId: string;

  it('rule 四(二)2–3: a child found living alone becomes a report and a case, dispatched, measures taken, the township notified', async () => {
    livingAloneChild = await register(9);
    const rec = await gql(
      `mutation ($input: RecordLivingArrangementInput!) { recordLivingArrangement(input: $input) { id } }`,
      {
        input: {
          childId: livingAloneChild,
          livingAlone: true,
          recordedOn: localDateInChina(new Date()),
          source: '督导员走访发现',
          address: '沙埠村3队',
        },
      },
      CIVIL,
    );
    expect(rec.errors).toBeUndefined();
    const [opened] = await waitFor('the living-alone report to open a case', async () => {
      const cases = await casesOf(livingAloneChild);
      return cases.length ? cases : null;
    });
    expect(opened).toMatchObject({
      status: 'REPORTED',
      situationType: 'LEFT_ALONE',
      slaMinutes: 60,
      regionCode: DEMO_VILLAGE,
      reports: [{ reporterKind: 'REGISTRY_ALERT', channel: 'DEPARTMENT_EVENT', mandatory: true }],
      timeline: [{ action: 'REPORT_RECEIVED', from: null, to: 'REPORTED' }],
    });
    openCaseId = opened.id;
    const received = await events.waitFor(ReportReceivedV1, livingAloneChild);
    expect(received.payload).toMatchObject({
      caseId: openCaseId,
      linkedToOpenCase: false,
      situationType: 'LEFT_ALONE',
    });

    // A redelivered alert changes nothing; a new finding about the same child (published after it
    // on the same partition) joins the open case.
    const alert = await events.waitFor(ChildFoundLivingAloneV1, livingAloneChild);
    await publish(alert, ChildFoundLivingAloneV1.topic);
    await publish(
      createEvent(ChildFoundLivingAloneV1, {
        subject: livingAloneChild,
        regionCode: DEMO_VILLAGE,
        actor: { kind: 'user', id: 'supervisor-1' },
        payload: { ...alert.payload, source: '邻居反映' },
      }),
      ChildFoundLivingAloneV1.topic,
    );
    await events.waitFor(ReportReceivedV1, livingAloneChild, (e) => e.payload.linkedToOpenCase);
    expect((await casesOf(livingAloneChild))[0].reports).toHaveLength(2); // not 3

    expect(
      errorOf(await mutate('notifyTownship', { caseId: openCaseId, contact: '沙埠镇政府 值班室' })),
    ).toMatchObject({
      code: 'CASE_NOT_DISPATCHED',
    });
    const dispatched = await ok('dispatchCase', {
      caseId: openCaseId,
      unit: '沙埠派出所',
      officer: '李警官',
    });
    expect(dispatched).toMatchObject({ status: 'DISPATCHED', dispatch: { withinSla: true } });
    expect((await events.waitFor(CaseDispatchedV1, livingAloneChild)).payload).toMatchObject({
      caseId: openCaseId,
      withinSla: true,
    });
    await ok('recordMeasure', {
      caseId: openCaseId,
      kind: 'ORDER_PARENTS_RETURN',
      notes: '电话责令在广东务工的父亲立即返回',
    });
    expect(
      errorOf(
        await mutate('recordMeasure', {
          caseId: openCaseId,
          kind: 'TEMPORARY_CARE',
          counterpart: '钦南区救助管理站',
          notes: '临时照料',
        }),
      ),
    ).toMatchObject({ code: 'MEASURE_DETAIL_MISSING', field: 'input.handoverDocument' });
    await ok('recordMeasure', {
      caseId: openCaseId,
      kind: 'TEMPORARY_CARE',
      counterpart: '钦南区救助管理站',
      handoverDocument: '交接单 QN-2026-118',
      notes: '父亲返回前由救助站临时照料',
    });
    const notified = await ok('notifyTownship', { caseId: openCaseId, contact: '沙埠镇政府 值班室' });
    expect(notified).toMatchObject({
      status: 'TOWNSHIP_NOTIFIED',
      notification: { townshipCode: '450702100' },
    });
    expect(notified.timeline.map((t: { action: string }) => t.action)).toEqual([
      'REPORT_RECEIVED',
      'REPORT_LINKED',
      'DISPATCHED',
      'MEASURE_ORDER_PARENTS_RETURN',
      'MEASURE_TEMPORARY_CARE',
      'TOWNSHIP_NOTIFIED',
    ]);
    const told = await events.waitFor(TownshipNotifiedV1, livingAloneChild);
    expect(told.payload).toMatchObject({
      caseId: openCaseId,
      assessmentDueOn: notified.notification.assessmentDueOn,
    });
  });

  it("rule 四(二)2: a school's mandatory report about a child in an open case joins that case, once", async () => {
    const reportId = uuidv7();
    const first = createEvent(MandatoryReportRaisedV1, {
      subject: livingAloneChild,
      regionCode: DEMO_VILLAGE,
      actor: { kind: 'user', id: 'teacher-1', department: 'EDUCATION' },
      payload: schoolReport(livingAloneChild, reportId),
    });
    await publish(first, MandatoryReportRaisedV1.topic);
    await publish(first, MandatoryReportRaisedV1.topic); // redelivered
    // The same report sent again as a new event (a retry by the school's service).
    await publish({ ...first, id: uuidv7() }, MandatoryReportRaisedV1.topic);
    // A second report from the school, behind the copies on the same partition.
    const second = createEvent(MandatoryReportRaisedV1, {
      subject: livingAloneChild,
      regionCode: DEMO_VILLAGE,
      actor: { kind: 'user', id: 'teacher-1', department: 'EDUCATION' },
      payload: { ...schoolReport(livingAloneChild, uuidv7()), concern: 'MISSING_GUARDIANSHIP' },
    });
    await publish(second, MandatoryReportRaisedV1.topic);
    await waitFor(
      'both school reports to join the open case',
      () =>
        events.about(ReportReceivedV1, livingAloneChild).filter((e) => e.payload.reporterKind === 'SCHOOL')
          .length >= 2,
    );
    const linked = events
      .about(ReportReceivedV1, livingAloneChild)
      .filter((e) => e.payload.reporterKind === 'SCHOOL');
    for (const e of linked)
      expect(e.payload).toMatchObject({ caseId: openCaseId, linkedToOpenCase: true, mandatory: true });
    const marker = await register(8);
    await publish(
      createEvent(MandatoryReportRaisedV1, {
        subject: marker,
        regionCode: DEMO_VILLAGE,
        actor: { kind: 'user', id: 'teacher-1', department: 'EDUCATION' },
        payload: schoolReport(marker, uuidv7()),
      }),
      MandatoryReportRaisedV1.topic,
    );
    await events.waitFor(ReportReceivedV1, marker);
    const cases = await casesOf(livingAloneChild);
    expect(cases).toHaveLength(1);
    expect(cases[0].reports.map((r: { reporterKind: string }) => r.reporterKind)).toEqual([
      'REGISTRY_ALERT',
      'REGISTRY_ALERT',
      'SCHOOL',
      'SCHOOL',
    ]);
    expect(cases[0].timeline.at(-1)).toMatchObject({ action: 'REPORT_LINKED', to: 'TOWNSHIP_NOTIFIED' });
    expect(events.about(ReportReceivedV1, livingAloneChild)).toHaveLength(4);
    const other = await casesOf(marker);
    expect(other).toMatchObject([{ status: 'REPORTED', situationType: 'DROPOUT' }]); // 四(二)5: not a refusal
  });

  it('rule 四(二)4: the township assesses the notified case with a plan; items for other departments are events; one query on the child shows it all', async () => {
    const assess = (over: object) =>
      mutate(
        'recordAssessment',
        {
          caseId: openCaseId,
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
      errorOf(await mutate('closeCase', { caseId: openCaseId, reason: '结案' }, TOWNSHIP)),
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
    const completed = await events.waitFor(AssessmentCompletedV1, livingAloneChild);
    expect(completed.payload).toMatchObject({ caseId: openCaseId, townshipCode: '450702100', onTime: true });
    await waitFor(
      'both plan items as events',
      () => events.about(PlanItemAssignedV1, livingAloneChild).length >= 2,
    );
    expect(
      events.about(PlanItemAssignedV1, livingAloneChild).map((e) => [e.payload.department, e.payload.itemId]),
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
      { id: livingAloneChild },
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
            caseId: openCaseId,
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
      { regionCode: DEMO_VILLAGE, organisation: '沙埠镇卫生院', failures: 1, caseIds: [openCaseId] },
    ]);
    const openQueue = await gql(`{ openAssessments(townshipCode: "450702100") { id } }`, {}, TOWNSHIP);
    expect(openQueue.data.openAssessments).not.toContainEqual({ id: openCaseId });
  });

  it('rule 四(一)3 / 四(二)2: a left-behind child without an entrusted guardian goes to the township and village first; only its escalation becomes a report', async () => {
    const id = await register(11);
    const res = await gql(
      `mutation ($input: UpdateChildCircumstancesInput!) { updateChildCircumstances(input: $input) {
        id guardianship { situation followUp { openedOn dueOn escalatedOn } } } }`,
      {
        input: {
          childId: id,
          father: 'MIGRANT_WORKER',
          mother: 'MIGRANT_WORKER',
          reason: '父母均在广东务工',
        },
      },
      CIVIL,
    );
    expect(res.errors).toBeUndefined();
    const today = localDateInChina(new Date());
    expect(res.data.updateChildCircumstances.guardianship).toEqual({
      situation: 'NO_AGREEMENT',
      followUp: { openedOn: today, dueOn: followUpDueOn(today), escalatedOn: null },
    });
    // The gap is published, and police take no report from it: a missing paper is a task for the
    // township and the village (四(一)3), in the registry's queue with its deadline.
    const lapsed = await events.waitFor(GuardianshipLapsedV1, id);
    expect(lapsed.payload.situation).toBe('NO_AGREEMENT');
    expect(await casesOf(id)).toEqual([]);

    // Not put right by the deadline, the registry escalates it (its sweep; registry int-spec
    // guardianship-follow-up): that event, and only it, is a report.
    const escalation = createEvent(GuardianshipEscalatedV1, {
      subject: id,
      regionCode: DEMO_VILLAGE,
      actor: { kind: 'system', id: 'registry:birthday-sweep' },
      payload: {
        childId: id,
        regionCode: DEMO_VILLAGE,
        situation: 'NO_AGREEMENT',
        validUntil: null,
        openedOn: '2026-11-02',
        dueOn: '2026-11-16',
        escalatedOn: '2026-11-17',
      },
    });
    await publish(escalation, GuardianshipEscalatedV1.topic);
    await events.waitFor(ReportReceivedV1, id);
    const [opened, ...others] = await casesOf(id);
    expect(others).toEqual([]);
    expect(opened).toMatchObject({
      status: 'REPORTED',
      situationType: 'MISSING_AGREEMENT', // 四(二)5: a missing paper is not a refusal of the duty
      reports: [{ reporterKind: 'REGISTRY_ALERT', channel: 'DEPARTMENT_EVENT' }],
    });
  });

  it('rule 四(二)2–3: a supervisor’s visit that finds danger signs is a police report with the visit as its source', async () => {
    const childId = await register(9);
    const supervisor = (
      await gql(
        `mutation ($input: AppointSupervisorInput!) { appointSupervisor(input: $input) { id } }`,
        {
          input: {
            name: '覃督导',
            role: 'VILLAGE_SUPERVISOR',
            regionCode: DEMO_VILLAGE,
            appointedOn: '2026-01-05',
          },
        },
        CIVIL,
      )
    ).data.appointSupervisor;
    const recorded = await gql(
      `mutation ($input: RecordVisitInput!) { recordVisit(input: $input) {
        visiting { riskLevel } visits { id dangerSigns riskLevel } } }`,
      {
        input: {
          childId,
          kind: 'HOME_VISIT',
          visitedOn: localDateInChina(new Date()),
          visitorName: '覃督导',
          supervisorId: supervisor.id,
          findings: '手臂有多处淤青，祖母称系跌倒；家中无人做饭',
          riskFlags: [],
          dangerSigns: ['NO_CARE', 'INJURY'],
        },
      },
      aUser('VILLAGE_SUPERVISOR', DEMO_VILLAGE),
    );
    expect(recorded.errors).toBeUndefined();
    const [visit] = recorded.data.recordVisit.visits;
    expect(visit).toMatchObject({ dangerSigns: ['NO_CARE', 'INJURY'], riskLevel: 'HIGH' });

    const danger = await events.waitFor(VisitDangerFoundV1, childId);
    expect(danger.payload).toMatchObject({
      visitId: visit.id,
      supervisorId: supervisor.id,
      signs: ['NO_CARE', 'INJURY'],
    });
    await events.waitFor(ReportReceivedV1, childId);
    expect(await casesOf(childId)).toMatchObject([
      {
        status: 'REPORTED',
        situationType: 'SUSPECTED_ACCIDENT_OR_HARM', // the gravest sign: the injury
        reports: [
          { sourceKey: `visit:${visit.id}`, reporterKind: 'REGISTRY_ALERT', channel: 'DEPARTMENT_EVENT' },
        ],
      },
    ]);
  });

  it('rule 四(二)3: a report not dispatched within its SLA is listed as overdue and escalated once', async () => {
    const set = await gql(
      `mutation ($input: SetDispatchSlaInput!) { setDispatchSla(input: $input) { situationType minutes setByCity } }`,
      { input: { situationType: 'MISSING', minutes: 10, reason: '市局 2026 年第 3 号通知' } },
      aUser('POLICE_OFFICER', '450700'),
    );
    expect(set.data.setDispatchSla).toEqual({ situationType: 'MISSING', minutes: 10, setByCity: true });
    const reported = await ok('receiveReport', {
      situationType: 'MISSING',
      reporterKind: 'PUBLIC',
      channel: 'CALL_110',
      reporterName: '陈女士',
      reporterPhone: '13800000000',
      childDescription: '约7岁女孩，穿红色外套，在沙埠镇集市走失',
      regionCode: '450702100',
      address: '沙埠镇集市',
      facts: '路人报告孩子与家人走散已一小时',
      receivedAt: new Date(Date.now() - 30 * 60_000).toISOString(),
    });
    expect(reported).toMatchObject({
      status: 'REPORTED',
      slaMinutes: 10,
      dispatchOverdue: true,
      childId: null,
    });
    const escalated = await events.waitFor(DispatchOverdueV1, reported.id);
    expect(escalated.payload).toMatchObject({
      caseId: reported.id,
      situationType: 'MISSING',
      slaMinutes: 10,
    });
    expect(escalated.payload.minutesOverdue).toBeGreaterThanOrEqual(19);
    const queue = await gql(`{ policeQueue(queue: OVERDUE) { id escalatedAt } }`);
    const listed = queue.data.policeQueue.find((c: { id: string }) => c.id === reported.id);
    expect(listed.escalatedAt).not.toBeNull();
    await new Promise((r) => setTimeout(r, 2500)); // two more sweeps
    expect(events.about(DispatchOverdueV1, reported.id)).toHaveLength(1);
    const late = await ok('dispatchCase', { caseId: reported.id, unit: '沙埠派出所', officer: '王警官' });
    expect(late.dispatch.withinSla).toBe(false);
    expect((await gql(`{ policeQueue(queue: OVERDUE) { id } }`)).data.policeQueue).not.toContainEqual({
      id: reported.id,
    });
  });

  it('rule 四(二)5: a revocation petition is checked against the record; the 6-month ground needs six calendar months of refusal after police education; the court’s revocation is an event', async () => {
    const childId = await register(7);
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
    const neglect = (receivedAt: Date, over: object = {}) =>
      mutate('receiveReport', {
        situationType: 'GUARDIAN_NOT_PERFORMING',
        reporterKind: 'VILLAGE_COMMITTEE',
        channel: 'DUTY_BEARER_DIRECT',
        reporterOrganisation: '沙埠村委会',
        reporterName: '督导员 黄丽',
        childId,
        regionCode: DEMO_VILLAGE,
        facts: '父母外出务工后不再联系，不寄生活费，儿童靠邻居接济',
        receivedAt: receivedAt.toISOString(),
        ...over,
      });
    const first = await waitFor('the child to reach police', async () => {
      const res = await neglect(daysAgo(240));
      return res.errors ? null : res.data.receiveReport;
    });
    const c = (await neglect(daysAgo(213))).data.receiveReport;
    expect(c.id).toBe(first.id);
    await neglect(daysAgo(213));
    await ok('dispatchCase', { caseId: c.id, unit: '沙埠派出所', officer: '李警官' });
    const CHECKS = `query ($id: ID!) { revocationGroundChecks(childId: $id) { ground supported reason evidence { kind } } }`;
    const sixMonths = async () =>
      (await gql(CHECKS, { id: childId })).data.revocationGroundChecks.find(
        (g: { ground: string }) => g.ground === 'REFUSED_DUTIES_SIX_MONTHS',
      );
    expect(await sixMonths()).toMatchObject({ supported: false, evidence: [] }); // no police education yet
    await ok('recordIntervention', {
      caseId: c.id,
      kind: 'CRITICISM_EDUCATION',
      against: '父 韦某',
      decidedOn: localDateInChina(daysAgo(230)),
      notes: '训诫父亲，责令其履行监护职责',
    });
    const oneDay = await sixMonths(); // two refusals of the same day after the education
    expect(oneDay.supported).toBe(false);
    expect(oneDay.reason).toContain(
      `from ${localDateInChina(daysAgo(213))} to ${localDateInChina(daysAgo(213))}`,
    );
    const before = (await neglect(daysAgo(1))).data.receiveReport;
    const petition = (over: object) =>
      gql(
        `mutation ($input: FileRevocationPetitionInput!) { fileRevocationPetition(input: $input) {
          revocationPetitions { id grounds checks { ground supported reason evidence { kind type on } } } timeline { action } } }`,
        {
          input: {
            caseId: c.id,
            against: '父 韦某',
            petitioner: 'CIVIL_AFFAIRS',
            petitionerName: '钦南区民政局',
            filedOn: localDateInChina(new Date()),
            grounds: ['REFUSED_DUTIES_SIX_MONTHS'],
            ...over,
          },
        },
        CIVIL,
      );
    expect(errorOf(await petition({ grounds: [] }))).toMatchObject({
      code: 'REVOCATION_GROUNDS_MISSING',
      field: 'input.grounds',
    });
    const early = localDateInChina(daysAgo(90));
    const refused = await petition({ filedOn: early });
    expect(errorOf(refused)).toMatchObject({
      code: 'REVOCATION_GROUND_NOT_SUPPORTED',
      field: 'input.grounds',
    });
    expect(refused.errors?.[0].message).toContain(localDateInChina(daysAgo(213)));
    expect(errorOf(await petition({ grounds: ['SERIOUS_HARM_OR_ABANDONMENT'] }))).toMatchObject({
      code: 'REVOCATION_GROUND_NOT_SUPPORTED',
    });
    expect((await casesOf(childId))[0].timeline).toEqual(before.timeline); // nothing written

    expect(await sixMonths()).toMatchObject({
      supported: true,
      evidence: [{ kind: 'INTERVENTION' }, { kind: 'REPORT' }, { kind: 'REPORT' }, { kind: 'REPORT' }],
    });
    const filed = await petition({});
    expect(filed.errors).toBeUndefined();
    const [p] = filed.data.fileRevocationPetition.revocationPetitions;
    expect(p.checks).toMatchObject([{ ground: 'REFUSED_DUTIES_SIX_MONTHS', supported: true }]);
    expect(p.checks[0].evidence.map((e: { on: string }) => e.on)).toEqual(
      [230, 213, 213, 1].map((n) => localDateInChina(daysAgo(n))),
    ); // the report 240 days ago, before the education, is no evidence

    const decide = (over: object) =>
      gql(
        `mutation ($input: RecordCourtDecisionInput!) { recordCourtDecision(input: $input) {
          revocationPetitions { decision { outcome newGuardian { kind name } } } } }`,
        {
          input: {
            caseId: c.id,
            petitionId: p.id,
            outcome: 'REVOKED',
            court: '钦南区人民法院',
            decidedOn: localDateInChina(new Date()),
            ...over,
          },
        },
      );
    expect(errorOf(await decide({}))).toMatchObject({ code: 'NEW_GUARDIAN_MISSING' });
    const decided = await decide({ newGuardianKind: 'CIVIL_AFFAIRS', newGuardianName: '钦南区民政局' });
    expect(decided.errors).toBeUndefined();
    expect(decided.data.recordCourtDecision.revocationPetitions[0].decision).toEqual({
      outcome: 'REVOKED',
      newGuardian: { kind: 'CIVIL_AFFAIRS', name: '钦南区民政局' },
    });
    const revoked = await events.waitFor(GuardianshipRevokedV1, childId);
    expect(revoked.payload).toMatchObject({
      caseId: c.id,
      grounds: ['REFUSED_DUTIES_SIX_MONTHS'],
      formerGuardian: '父 韦某',
      newGuardian: { kind: 'CIVIL_AFFAIRS' },
    });
    expect(errorOf(await decide({ newGuardianKind: 'CIVIL_AFFAIRS', newGuardianName: 'x' }))).toMatchObject({
      code: 'PETITION_ALREADY_DECIDED',
    });
  });

  it('policy 五: education, health and village staff get the child without its police part; a coordinator states why', async () => {
    const PICTURE = `query ($id: ID!) { child(id: $id) { id protection { openCases } protectionCases { id } } }`;
    for (const user of [
      aUser('SCHOOL_STAFF', '450702'),
      aUser('HEALTH_OFFICER', '450702'),
      aUser('VILLAGE_SUPERVISOR', DEMO_VILLAGE),
    ]) {
      const res = await gql(PICTURE, { id: livingAloneChild }, user);
      expect(res.data.child).toEqual({ id: livingAloneChild, protection: null, protectionCases: null });
      expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
        ['child.protection', 'FORBIDDEN'],
        ['child.protectionCases', 'FORBIDDEN'],
      ]);
    }
    const social = await gql(
      `query ($id: ID!) { child(id: $id) { protection { openCases } protectionCases { status situationType } } }`,
      { id: livingAloneChild },
      aUser('CHILD_SOCIAL_WORKER', '450702'),
    );
    // A social worker sees that there is a case, not what it is about.
    expect(social.data.child.protection).toEqual({ openCases: 1 });
    expect(social.data.child.protectionCases).toEqual([{ status: 'ASSESSED', situationType: null }]);
    const coordinator = aUser('COORDINATOR', '450700');
    expect(errorOf(await gql(PICTURE, { id: livingAloneChild }, coordinator))).toMatchObject({
      code: 'PURPOSE_REQUIRED',
    });
    const withPurpose = await gql(
      PICTURE,
      { id: livingAloneChild },
      { ...coordinator, purpose: 'annual review (headers carry ASCII)' },
    );
    expect(withPurpose.errors).toBeUndefined();
    expect(withPurpose.data.child.protection).toEqual({ openCases: 1 });
  });

  it('docs/domain/indicators.md: the police indicators of the county through the registry’s Region', async () => {
    const today = localDateInChina(new Date());
    const INDICATORS = `query ($from: String!, $to: String!) { region(code: "450702") { code
      policeIndicators(from: $from, to: $to) { reportsReceived casesDispatched worstMinutesToDispatch
        dispatchesOverdue assessmentsDue interventions reportsBySituation { situationType reports } } } }`;
    const res = await gql(INDICATORS, { from: today, to: today });
    expect(res.errors).toBeUndefined();
    const values = res.data.region.policeIndicators;
    // Today's reports: 2 living-alone alerts, 3 school reports, the escalated missing agreement,
    // the visit that found danger, the missing child (the petition's reports came in on earlier days).
    expect(values.reportsReceived).toBe(8);
    expect(values.casesDispatched).toBeGreaterThanOrEqual(2);
    expect(values.dispatchesOverdue).toBeGreaterThanOrEqual(1); // the missing child, dispatched late
    expect(values.reportsBySituation).toContainEqual({ situationType: 'MISSING', reports: 1 });
    const school = await gql(INDICATORS, { from: today, to: today }, aUser('SCHOOL_STAFF', '450702'));
    expect(school.data.region).toEqual({ code: '450702', policeIndicators: null });
    expect(errorOf(school)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses bad input with a code naming the field, and writes nothing', async () => {
    const count = async () =>
      (await gql(`{ a: policeQueue(queue: NEW) { id } b: policeQueue(queue: AWAITING_TOWNSHIP) { id } }`))
        .data;
    const report = (over: object) => ({
      situationType: 'SUSPECTED_DOMESTIC_VIOLENCE',
      reporterKind: 'HOSPITAL',
      channel: 'DUTY_BEARER_DIRECT',
      reporterOrganisation: '钦州市第一人民医院',
      reporterName: '急诊科 刘医生',
      childDescription: '约5岁男孩，多处淤伤',
      regionCode: DEMO_VILLAGE,
      facts: '就诊时发现多处陈旧性伤痕',
      ...over,
    });
    const before = await count();
    const timelineBefore = (await casesOf(livingAloneChild))[0].timeline.length;
    const cases: [string, Promise<any>, string, string?][] = [
      [
        'an unknown situation type',
        mutate('receiveReport', report({ situationType: 'BORED' })),
        'BAD_USER_INPUT',
      ],
      [
        'no child and no description',
        mutate('receiveReport', report({ childDescription: undefined })),
        'REPORT_CHILD_MISSING',
        'input.childId',
      ],
      [
        'a huge description',
        mutate('receiveReport', report({ facts: 'x'.repeat(50_000) })),
        'FIELD_TOO_LONG',
        'input.facts',
      ],
      [
        'a report received in the future',
        mutate('receiveReport', report({ receivedAt: new Date(Date.now() + 86_400_000).toISOString() })),
        'DATE_IN_FUTURE',
        'input.receivedAt',
      ],
      [
        'the public through a duty-bearer channel',
        mutate('receiveReport', report({ reporterKind: 'PUBLIC' })),
        'REPORT_CHANNEL_MISMATCH',
        'input.channel',
      ],
      [
        'an unknown child',
        mutate('receiveReport', report({ childId: 'no-such-child' })),
        'CHILD_NOT_FOUND',
        'input.childId',
      ],
      [
        'a dispatch of a case already dispatched',
        mutate('dispatchCase', { caseId: openCaseId, unit: '沙埠派出所', officer: '李警官' }),
        'CASE_ALREADY_DISPATCHED',
        'input.caseId',
      ],
      [
        'a dispatch of an unknown case',
        mutate('dispatchCase', { caseId: 'no-such-case', unit: '沙埠派出所', officer: '李警官' }),
        'CASE_NOT_FOUND',
        'input.caseId',
      ],
      [
        'a measure in the future',
        mutate('recordMeasure', {
          caseId: openCaseId,
          kind: 'ADMONISH_GUARDIAN',
          takenAt: new Date(Date.now() + 3_600_000).toISOString(),
          notes: '训诫',
        }),
        'DATE_IN_FUTURE',
        'input.takenAt',
      ],
      [
        'an SLA of zero minutes',
        gql(
          `mutation { setDispatchSla(input: { situationType: MISSING, minutes: 0, reason: "x" }) { minutes } }`,
        ),
        'SLA_OUT_OF_RANGE',
        'input.minutes',
      ],
    ];
    for (const [what, pending, code, field] of cases) {
      const res = await pending;
      expect({ what, ...errorOf(res) }).toMatchObject({ what, code, ...(field ? { field } : {}) });
    }
    // A dispatch timed before the report came in.
    const fresh = await ok('receiveReport', report({}));
    expect(
      errorOf(
        await mutate('dispatchCase', {
          caseId: fresh.id,
          unit: '沙埠派出所',
          officer: '李警官',
          dispatchedAt: new Date(Date.parse(fresh.reports[0].receivedAt) - 3_600_000).toISOString(),
        }),
      ),
    ).toMatchObject({ code: 'DISPATCH_BEFORE_REPORT', field: 'input.dispatchedAt' });
    const after = await count();
    expect(after.a.map((c: { id: string }) => c.id)).toEqual([
      ...before.a.map((c: { id: string }) => c.id),
      fresh.id,
    ]);
    expect(after.b).toEqual(before.b);
    expect((await casesOf(livingAloneChild))[0].timeline).toHaveLength(timelineBefore);
    expect(
      (await gql(`{ protectionCase(id: "${fresh.id}") { status timeline { action } } }`)).data.protectionCase,
    ).toEqual({
      status: 'REPORTED',
      timeline: [{ action: 'REPORT_RECEIVED' }],
    });
    expect(events.contractErrors).toEqual([]);
  });
});
