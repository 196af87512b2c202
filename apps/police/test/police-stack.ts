import {
  ChildFoundLivingAloneV1,
  createEvent,
  MandatoryReportRaisedV1,
  GuardianshipLapsedV1,
  policeEvents,
  VisitDangerFoundV1,
  type Envelope,
  type EventContract,
  type MandatoryReportRaisedPayload,
} from '@qz/contracts';
import type { Identity } from '@qz/identity';
import { localDateInChina } from '@qz/kernel';
import {
  aChild,
  asUser,
  aUser,
  DEMO_VILLAGE,
  EventCollector,
  EventPublisher,
  graphql,
  residentIdFor,
  startWholeSystem,
  uniqueName,
  uniqueTopicPrefix,
  waitFor,
  type WholeSystem,
} from '@qz/testing';

/** Who acts: police of the county, its township's officer, civil affairs (the ledger's keepers). */
export const POLICE = aUser('POLICE_OFFICER', '450702');
export const TOWNSHIP = aUser('TOWNSHIP_OFFICER', '450702100');
export const CIVIL = aUser('CIVIL_AFFAIRS_OFFICER', '450702');

export const CASE = `id status childId childDescription regionCode situationType slaMinutes dispatchDueAt dispatchOverdue escalatedAt
  reports { id sourceKey situationType reporterKind channel mandatory receivedAt }
  dispatch { unit officer withinSla }
  measures { kind counterpart handoverDocument }
  notification { townshipCode contact assessmentDueOn }
  assessment { assessedOn dueOn onTime safety guardianship health plan { id service department sentAsEvent } }
  assessmentOverdue
  timeline { action from to by note }`;

/** A birth date `years` ago today (28 February for a 29th). */
export const yearsAgo = (years: number) => {
  const d = localDateInChina(new Date());
  return `${Number(d.slice(0, 4)) - years}${d.slice(4)}`.replace('-02-29', '-02-28');
};

/** A school's mandatory report about a left-behind child of the demo village who stopped coming. */
export const schoolReport = (childId: string, reportId: string): MandatoryReportRaisedPayload => ({
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

/** The school's report as education's outbox publishes it (`payload` a copy of `schoolReport`'s, changed). */
export const schoolReportEvent = (childId: string, payload: MandatoryReportRaisedPayload) =>
  createEvent(MandatoryReportRaisedV1, {
    subject: childId,
    regionCode: DEMO_VILLAGE,
    actor: { kind: 'user', id: 'teacher-1', department: 'EDUCATION' },
    payload,
  });

export const errorOf = (res: { errors?: { extensions?: object }[] }) => res.errors?.[0]?.extensions;

/**
 * Police through the gateway, with the registry and police running from dist/ against the real
 * store and broker (dispatch sweep every second), each test file with its own databases and topic
 * prefix. Every police event (and the registry alerts police read) is read by a real consumer and
 * parsed with its contract; other departments' events are published with a real producer. Call it
 * in a `describe`: it starts the stack before the file's tests and stops it after them.
 */
export function policeThroughGateway() {
  const run = uniqueName('police');
  const topicPrefix = uniqueTopicPrefix();
  const events = new EventCollector(
    [...policeEvents, ChildFoundLivingAloneV1, GuardianshipLapsedV1, VisitDangerFoundV1],
    topicPrefix,
  );
  const publisher = new EventPublisher(topicPrefix);
  let system: WholeSystem;

  beforeAll(async () => {
    system = await startWholeSystem(run, topicPrefix, [
      'registry',
      { name: 'police', env: { DISPATCH_SWEEP_SECONDS: '1' } },
    ]);
    await events.start();
    await publisher.start();
  }, 240_000);

  afterAll(async () => {
    await publisher.stop();
    await events.stop();
    await system?.stop();
  }, 60_000);

  const gql = async (query: string, variables: Record<string, unknown> = {}, user: Identity = POLICE) =>
    graphql(system.gateway.url, query, variables, await asUser(user));
  /** A police mutation `name(input: <Name>Input!)` answering the case. */
  const mutate = (name: string, input: object, user: Identity = POLICE) => {
    const type = name[0].toUpperCase() + name.slice(1);
    return gql(`mutation ($input: ${type}Input!) { ${name}(input: $input) { ${CASE} } }`, { input }, user);
  };
  const ok = async (name: string, input: object, user: Identity = POLICE) => {
    const res = await mutate(name, input, user);
    expect(res.errors).toBeUndefined();
    return res.data[name];
  };
  const casesOf = async (childId: string) => {
    const res = await gql(`query ($id: ID!) { child(id: $id) { id protectionCases { ${CASE} } } }`, {
      id: childId,
    });
    expect(res.errors).toBeUndefined();
    return res.data.child.protectionCases as any[];
  };
  /** The child's cases once the first one is open (a report reached police through Kafka). */
  const firstCasesOf = (childId: string, what: string) =>
    waitFor(what, async () => {
      const cases = await casesOf(childId);
      return cases.length ? cases : null;
    });
  /** Civil affairs registers a girl of `years` in the demo village. */
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
  /** Civil affairs records that the child lives alone: the registry's alert becomes a police report. */
  const recordLivingAlone = (childId: string) =>
    gql(
      `mutation ($input: RecordLivingArrangementInput!) { recordLivingArrangement(input: $input) { id } }`,
      {
        input: {
          childId,
          livingAlone: true,
          recordedOn: localDateInChina(new Date()),
          source: '督导员走访发现',
          address: '沙埠村3队',
        },
      },
      CIVIL,
    );
  /** A child of `years` reported living alone, with the case the registry's alert opened. */
  const livingAloneCase = async (years = 9) => {
    const childId = await register(years);
    expect((await recordLivingAlone(childId)).errors).toBeUndefined();
    const [opened] = await firstCasesOf(childId, 'the living-alone report to open a case');
    return { childId, caseId: opened.id as string };
  };
  /** The same, its case dispatched. */
  const dispatchedCase = async () => {
    const opened = await livingAloneCase();
    await ok('dispatchCase', { caseId: opened.caseId, unit: '沙埠派出所', officer: '李警官' });
    return opened;
  };
  /** A dispatched living-alone case made before the file's tests (its fields set then). */
  const dispatchedBeforeAll = () => {
    const opened = { childId: '', caseId: '' };
    beforeAll(async () => Object.assign(opened, await dispatchedCase()), 120_000);
    return opened;
  };
  /** Publishes an envelope on its contract's topic, as its producer's outbox would (again: a redelivery). */
  const publish = <P>(envelope: Envelope<P>, contract: EventContract<P>) =>
    publisher.send(contract, envelope);

  return {
    events,
    gql,
    mutate,
    ok,
    casesOf,
    firstCasesOf,
    register,
    dispatchedCase,
    recordLivingAlone,
    dispatchedBeforeAll,
    publish,
  };
}
