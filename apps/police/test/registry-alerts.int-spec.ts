import {
  createEvent,
  GuardianshipEscalatedV1,
  GuardianshipLapsedV1,
  ReportReceivedV1,
  VisitDangerFoundV1,
} from '@qz/contracts';
import { localDateInChina, workingCalendar, type LocalDate } from '@qz/kernel';
import { aUser, DEMO_VILLAGE } from '@qz/testing';
import { CIVIL, policeThroughGateway } from './police-stack';

/** The township's deadline for a missing agreement (the registry's, 10 working days; null past the calendar's years). */
const followUpDueOn = (openedOn: LocalDate): LocalDate | null => {
  try {
    return workingCalendar().addWorkingDays(openedOn, 10);
  } catch {
    return null;
  }
};

/**
 * What the registry finds that is, or is not, a police report (四(一)3, 四(二)2–3), police through the
 * gateway with the registry (see police-stack); the registry's escalation published here as its
 * outbox would.
 */
describe('police: the registry’s findings as reports', () => {
  const { events, gql, casesOf, register, publish } = policeThroughGateway();

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
    await publish(escalation, GuardianshipEscalatedV1);
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

  afterAll(() => expect(events.contractErrors).toEqual([]));
});
