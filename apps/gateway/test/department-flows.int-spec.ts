import {
  AssessmentCompletedV1,
  BenefitGrantedV1,
  CaseDispatchedV1,
  MandatoryReportRaisedV1,
  PlanItemAssignedV1,
  ReportReceivedV1,
  TownshipNotifiedV1,
  type Envelope,
  type EventContract,
} from '@qz/contracts';
import type { Identity } from '@qz/identity';
import { localDateInChina } from '@qz/kernel';
import { SUBGRAPHS } from '@qz/schema-tools';
import {
  aChild,
  aUser,
  DEMO_VILLAGE,
  enrolInNewSchool,
  EventCollector,
  gatewayData,
  startSystemOf,
  uniqueName,
  uniqueTopicPrefix,
  waitFor,
  type ServiceProcess,
  type WholeSystem,
} from '@qz/testing';

/**
 * The departments' flows end to end, as they run: five subgraph processes and the gateway from the
 * build, against the real broker and store, each service with a database of its own and the file's
 * own topic prefix. Every step goes through the gateway, as a user of the department that owns it (issue 8); what crosses departments crosses Kafka.
 *
 * 1. Issue 5: a left-behind child drops out → education's mandatory report → a police case →
 *    dispatched → township notified → assessment with a plan whose items are events → one query.
 * 2. Issue 7 (with issue 6): a de-facto unsupported child is proposed 特困 support; accepting it
 *    grants a benefit, and health's premium subsidy for the child goes from partial to full.
 */
describe('department flows through the gateway (six processes, Kafka, store)', () => {
  const run = uniqueName('flows');
  const topicPrefix = uniqueTopicPrefix();
  let system: WholeSystem;
  let gateway: ServiceProcess;
  const collected: EventContract<any>[] = [
    MandatoryReportRaisedV1,
    ReportReceivedV1,
    CaseDispatchedV1,
    TownshipNotifiedV1,
    AssessmentCompletedV1,
    PlanItemAssignedV1,
    BenefitGrantedV1,
  ];
  const events = new EventCollector(collected, topicPrefix);

  /** The machine is shared and loaded: cross-service steps get generous time, never a fixed sleep. */
  const SLOW = { timeoutMs: 90_000, intervalMs: 300 };
  const today = () => localDateInChina(new Date());
  /** The first event of a contract about a child that `match` accepts, read by the real consumer. */
  const eventAbout = <P>(
    contract: EventContract<P>,
    subject: string,
    match: (e: Envelope<P>) => boolean = () => true,
  ) => events.waitFor(contract, subject, match, SLOW);

  /**
   * Who does each step (issue 8): the department that owns it, at a level that covers the child
   * (沙埠镇's village 450702100201). The whole-picture reads are the coordinator's, with a purpose.
   */
  const civil = aUser('CIVIL_AFFAIRS_OFFICER', '450700');
  const coordinator = aUser('COORDINATOR', '450700', { purpose: 'department flow check' });
  const educationOfficer = aUser('EDUCATION_OFFICER', '450700');
  const schoolStaff = aUser('SCHOOL_STAFF', '450702');
  const police = aUser('POLICE_OFFICER', '450700');
  const township = aUser('TOWNSHIP_OFFICER', DEMO_VILLAGE.slice(0, 9));

  const gql = (user: Identity, query: string, variables: Record<string, unknown> = {}) =>
    gatewayData(gateway.url, user, query, variables);

  const REGISTER = `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`;
  const CIRCUMSTANCES = `mutation ($input: UpdateChildCircumstancesInput!) {
    updateChildCircumstances(input: $input) {
      id classification { leftBehind inDifficulty categories { category } }
    }
  }`;
  const KNOWN_EVERYWHERE = `query ($id: ID!) {
    child(id: $id) {
      id education { trackedSince } health { trackedSince }
      protection { trackedSince } assistance { trackedSince }
    }
  }`;

  /** Registers a child and waits until every department has it from the registry's event. */
  async function registerEverywhere(input: ReturnType<typeof aChild>): Promise<string> {
    const id = (await gql(civil, REGISTER, { input })).registerChild.id as string;
    await waitFor(
      `every department to learn of child ${id}`,
      async () => {
        const c = (await gql(coordinator, KNOWN_EVERYWHERE, { id })).child;
        return c?.education && c.health && c.protection && c.assistance;
      },
      SLOW,
    );
    return id;
  }

  beforeAll(async () => {
    system = await startSystemOf(run, topicPrefix, SUBGRAPHS);
    gateway = system.gateway;
    await events.start();
  }, 240_000);

  afterAll(async () => {
    await events.stop();
    await system?.stop();
  }, 60_000);

  afterEach(() => {
    // Every event read on the file's topics parsed against its contract.
    expect(events.contractErrors).toEqual([]);
  });

  it('issue 5: a left-behind child’s dropout reaches the police, the township and its plan, in one query', async () => {
    // Registry: a child whose parents both work away is left-behind.
    const childId = await registerEverywhere(
      aChild({ familyName: '梁', givenName: '小军', sex: 'MALE', birthDate: '2013-04-12' }),
    );
    const classified = await gql(civil, CIRCUMSTANCES, {
      input: {
        childId,
        father: 'MIGRANT_WORKER',
        mother: 'MIGRANT_WORKER',
        fatherWorkplace: '广东省东莞市',
        motherWorkplace: '广东省深圳市',
        reason: '村委会摸底：父母均外出务工',
      },
    });
    expect(classified.updateChildCircumstances.classification).toMatchObject({
      leftBehind: true,
      categories: [{ category: 'LEFT_BEHIND' }],
    });
    // Education decides on mandatory reports from the classification it heard of: wait for it.
    await waitFor(
      'education to hear that the child is left-behind',
      async () =>
        (
          await gql(
            educationOfficer,
            `query ($id: ID!) { child(id: $id) { education { registryCategories } } }`,
            {
              id: childId,
            },
          )
        ).child.education.registryCategories.includes('LEFT_BEHIND'),
      SLOW,
    );

    // Education: a school, the enrolment, the dropout.
    const school = await enrolInNewSchool(
      gateway.url,
      { bureau: educationOfficer, staff: schoolStaff },
      childId,
      `沙埠镇中心学校 ${run}`,
    );
    const dropout = (
      await gql(
        schoolStaff,
        `mutation ($input: RegisterDropoutInput!) {
          registerDropout(input: $input) { id caseNumber status mandatoryReportId }
        }`,
        {
          input: {
            childId,
            schoolId: school.id,
            openedOn: today(),
            facts: '连续两周未到校，祖父母称孩子随同乡外出打工',
            by: '班主任 李老师',
          },
        },
      )
    ).registerDropout;
    expect(dropout).toMatchObject({ status: 'REGISTERED', mandatoryReportId: expect.any(String) });

    // The mandatory report crosses Kafka, valid against its contract, and becomes a police case.
    const report = await eventAbout(
      MandatoryReportRaisedV1,
      childId,
      (e) => e.payload.reportId === dropout.mandatoryReportId,
    );
    expect(report.payload).toMatchObject({
      childId,
      concern: 'DROPOUT',
      leftBehind: true,
      reporter: { kind: 'SCHOOL', schoolId: school.id, schoolName: school.name },
    });
    const CASES = `query ($id: ID!) {
      child(id: $id) { protectionCases { id status reports { reporterKind channel reporterOrganisation } } }
    }`;
    // The child has no entrusted guardian either: that gap is the township's and village's task
    // first (四(一)3, a follow-up with its deadline in the registry), not a police report. The case
    // is the school's report alone.
    const caseWithSchoolReport = await waitFor(
      'police to take in the school’s report',
      async () =>
        (await gql(police, CASES, { id: childId })).child.protectionCases.find((c: any) =>
          c.reports.some((r: any) => r.reporterKind === 'SCHOOL'),
        ),
      SLOW,
    );
    expect((await gql(police, CASES, { id: childId })).child.protectionCases).toHaveLength(1);
    expect(caseWithSchoolReport).toMatchObject({ status: 'REPORTED' });
    expect(caseWithSchoolReport.reports).toEqual([
      { reporterKind: 'SCHOOL', channel: 'DEPARTMENT_EVENT', reporterOrganisation: school.name },
    ]);
    const gap = await gql(
      civil,
      `query ($id: ID!) { child(id: $id) { guardianship { situation followUp { openedOn escalatedOn } } } }`,
      {
        id: childId,
      },
    );
    expect(gap.child.guardianship).toMatchObject({
      situation: 'NO_AGREEMENT',
      followUp: { openedOn: expect.any(String), escalatedOn: null },
    });
    const caseId = caseWithSchoolReport.id as string;

    // Police: dispatch, notify the township, record the township's assessment and plan.
    await gql(police, `mutation ($input: DispatchCaseInput!) { dispatchCase(input: $input) { id } }`, {
      input: { caseId, unit: '钦南区公安分局沙埠派出所', officer: '民警 黄海' },
    });
    await gql(police, `mutation ($input: NotifyTownshipInput!) { notifyTownship(input: $input) { id } }`, {
      input: { caseId, contact: '沙埠镇政府 未成年人保护工作站 陈主任' },
    });
    const assessedOn = today();
    await gql(
      township,
      `mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`,
      {
        input: {
          caseId,
          assessedOn,
          participants: ['沙埠镇政府 陈主任', '钦南区民政局 王科长', '沙埠派出所 黄海'],
          safety: 'AT_RISK',
          guardianship: 'IN_DANGER',
          health: 'SAFE',
          findings: '父母均在外务工，无委托监护人，孩子辍学在外',
          plan: [
            { service: 'GUARDIANSHIP_GUIDANCE', description: '督促父母落实委托监护' },
            { service: 'SOCIAL_ASSISTANCE', description: '核查家庭困难情况，纳入临时救助' },
            { service: 'COUNSELLING', description: '心理辅导' },
            { service: 'BEHAVIOUR_CORRECTION', description: '返校后行为矫治与跟踪' },
          ],
        },
      },
    );

    // The plan's items for other departments arrive as events, one each; the township's own item
    // (guardianship guidance) is not sent anywhere.
    const planEvents = await waitFor(
      'three plan items on Kafka',
      () => {
        const items = events.about(PlanItemAssignedV1, childId);
        return items.length >= 3 ? items : null;
      },
      SLOW,
    );
    expect(planEvents.map((e) => [e.payload.service, e.payload.department]).sort()).toEqual([
      ['BEHAVIOUR_CORRECTION', 'EDUCATION'],
      ['COUNSELLING', 'HEALTH'],
      ['SOCIAL_ASSISTANCE', 'ASSISTANCE'],
    ]);
    expect(planEvents.every((e) => e.payload.caseId === caseId && e.payload.childId === childId)).toBe(true);
    // The case's own events crossed Kafka too, each valid against its contract.
    const received = await eventAbout(
      ReportReceivedV1,
      childId,
      (e) => e.payload.caseId === caseId && e.payload.reporterKind === 'SCHOOL',
    );
    expect(received.payload).toMatchObject({ channel: 'DEPARTMENT_EVENT', mandatory: true });
    await eventAbout(CaseDispatchedV1, childId, (e) => e.payload.caseId === caseId);
    await eventAbout(TownshipNotifiedV1, childId, (e) => e.payload.caseId === caseId);
    const completed = await eventAbout(AssessmentCompletedV1, childId);
    expect(completed.payload).toMatchObject({ caseId, townshipCode: DEMO_VILLAGE.slice(0, 9), assessedOn });
    expect(completed.payload.plan).toHaveLength(4);
    // Still three plan-item events once the whole assessment has been read: none for the township.
    expect(events.about(PlanItemAssignedV1, childId)).toHaveLength(3);

    // ONE gateway query on the child shows the education case and the police case with its plan.
    const { child } = await gql(
      coordinator,
      `query ($id: ID!) {
        child(id: $id) {
          id familyName givenName
          classification { leftBehind }
          education {
            enrolment { schoolId }
            dropoutCases { id caseNumber status mandatoryReportId school { name } }
          }
          protectionCases {
            id status situationType
            reports { reporterKind reporterOrganisation }
            dispatch { unit officer }
            notification { townshipCode contact assessmentDueOn }
            assessment { assessedOn onTime plan { service department description sentAsEvent } }
            timeline { action to }
          }
        }
      }`,
      { id: childId },
    );
    expect(child).toMatchObject({
      id: childId,
      familyName: '梁',
      givenName: '小军',
      classification: { leftBehind: true },
      education: {
        enrolment: { schoolId: school.id },
        dropoutCases: [
          {
            id: dropout.id,
            caseNumber: dropout.caseNumber,
            status: 'REGISTERED',
            mandatoryReportId: dropout.mandatoryReportId,
            school: { name: school.name },
          },
        ],
      },
    });
    expect(child.protectionCases).toHaveLength(1);
    const [policeCase] = child.protectionCases;
    expect(policeCase).toMatchObject({
      id: caseId,
      status: 'ASSESSED',
      dispatch: { unit: '钦南区公安分局沙埠派出所', officer: '民警 黄海' },
      notification: {
        townshipCode: DEMO_VILLAGE.slice(0, 9),
        contact: '沙埠镇政府 未成年人保护工作站 陈主任',
      },
      assessment: { assessedOn, onTime: true },
    });
    expect(policeCase.reports).toContainEqual({ reporterKind: 'SCHOOL', reporterOrganisation: school.name });
    expect(policeCase.assessment.plan).toEqual([
      {
        service: 'GUARDIANSHIP_GUIDANCE',
        department: 'TOWNSHIP',
        description: '督促父母落实委托监护',
        sentAsEvent: false,
      },
      {
        service: 'SOCIAL_ASSISTANCE',
        department: 'ASSISTANCE',
        description: '核查家庭困难情况，纳入临时救助',
        sentAsEvent: true,
      },
      { service: 'COUNSELLING', department: 'HEALTH', description: '心理辅导', sentAsEvent: true },
      {
        service: 'BEHAVIOUR_CORRECTION',
        department: 'EDUCATION',
        description: '返校后行为矫治与跟踪',
        sentAsEvent: true,
      },
    ]);
    expect(policeCase.timeline.map((s: any) => s.to)).toEqual(
      expect.arrayContaining(['REPORTED', 'DISPATCHED', 'TOWNSHIP_NOTIFIED', 'ASSESSED']),
    );
  }, 420_000);

  it('issue 7: 特困 support granted in assistance turns health’s partial premium subsidy into a full one', async () => {
    // Registry: neither parent can support the child (prison, serious illness), and the household
    // holds dibao: de-facto unsupported (特困 support) and dibao (a partial premium subsidy).
    const childId = await registerEverywhere(
      aChild({ familyName: '陆', givenName: '美玲', sex: 'FEMALE', birthDate: '2015-06-01' }),
    );
    const classified = await gql(civil, CIRCUMSTANCES, {
      input: {
        childId,
        father: 'IMPRISONED',
        mother: 'SERIOUSLY_ILL_OR_DISABLED',
        dibao: true,
        reason: '村委会摸底：父亲服刑，母亲重病，家庭享受低保',
      },
    });
    expect(
      classified.updateChildCircumstances.classification.categories.map((c: any) => c.category).sort(),
    ).toEqual(['DE_FACTO_UNSUPPORTED', 'POVERTY_DIBAO']);

    const SUBSIDY_AND_PROPOSALS = `query ($id: ID!) {
      child(id: $id) {
        health {
          premiumSubsidies { year basis ratioBp contributionFen amountFen cause history { basis amountFen } }
        }
        assistance {
          proposals { id programme status rule benefitId }
          benefits { id programme status }
        }
      }
    }`;
    const year = Number(today().slice(0, 4));
    const subsidyOfYear = (c: any) => c.health.premiumSubsidies.find((s: any) => s.year === year);

    // Health: the registry's dibao category alone gives a partial subsidy.
    const partial = await waitFor(
      'health’s partial premium subsidy from the dibao category',
      async () => {
        const s = subsidyOfYear((await gql(civil, SUBSIDY_AND_PROPOSALS, { id: childId })).child);
        return s?.basis === 'DIBAO' ? s : null;
      },
      SLOW,
    );
    expect(partial.ratioBp).toBeGreaterThan(0);
    expect(partial.ratioBp).toBeLessThan(10_000);
    expect(partial.amountFen).toBeLessThan(partial.contributionFen);

    // Assistance: the classification is proposed 特困 support (and not dibao: 特困 comes first).
    const proposal = await waitFor(
      'assistance to propose 特困 support',
      async () =>
        (await gql(civil, SUBSIDY_AND_PROPOSALS, { id: childId })).child.assistance.proposals.find(
          (p: any) => p.programme === 'TEKUN_SUPPORT',
        ),
      SLOW,
    );
    expect(proposal).toMatchObject({ status: 'PENDING', rule: expect.stringContaining('四(三)1') });
    const proposals = (await gql(civil, SUBSIDY_AND_PROPOSALS, { id: childId })).child.assistance.proposals;
    expect(proposals.map((p: any) => p.programme)).toEqual(['TEKUN_SUPPORT']);

    // A caseworker accepts it: a benefit is granted from today.
    const decision = (
      await gql(
        civil,
        `mutation ($input: AcceptProposalInput!) {
          acceptProposal(input: $input) {
            proposal { id status benefitId }
            benefit { id programme status startDate monthlyAmountFen }
          }
        }`,
        { input: { proposalId: proposal.id, startDate: today(), reason: '钦南民〔2026〕特困 12 号' } },
      )
    ).acceptProposal;
    expect(decision.proposal).toMatchObject({
      id: proposal.id,
      status: 'ACCEPTED',
      benefitId: decision.benefit.id,
    });
    expect(decision.benefit).toMatchObject({
      programme: 'TEKUN_SUPPORT',
      status: 'ACTIVE',
      startDate: today(),
    });
    expect(decision.benefit.monthlyAmountFen).toBeGreaterThan(0);

    // The benefit's event crosses Kafka, valid against its contract, and health consumes it.
    const granted = await eventAbout(
      BenefitGrantedV1,
      childId,
      (e) => e.payload.benefitId === decision.benefit.id,
    );
    expect(granted.payload).toMatchObject({ programme: 'TEKUN_SUPPORT', status: 'ACTIVE', childId });
    const full = await waitFor(
      'health’s premium subsidy to become full from the 特困 benefit',
      async () => {
        const s = subsidyOfYear((await gql(civil, SUBSIDY_AND_PROPOSALS, { id: childId })).child);
        return s?.basis === 'TEKUN' ? s : null;
      },
      SLOW,
    );
    expect(full).toMatchObject({
      basis: 'TEKUN',
      ratioBp: 10_000,
      contributionFen: partial.contributionFen,
      amountFen: partial.contributionFen,
      cause: expect.stringContaining(granted.id),
    });
    // The partial decision is kept as the year's earlier decision.
    expect(full.history).toContainEqual({ basis: 'DIBAO', amountFen: partial.amountFen });
  }, 300_000);
});
