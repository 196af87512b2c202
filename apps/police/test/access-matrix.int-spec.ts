import { AccessRecordedV2 } from '@qz/contracts';
import type { Role } from '@qz/identity';
import { aUser, EventCollector, subgraphAccess, uniqueTopicPrefix, waitFor } from '@qz/testing';
import { policePolicy } from '../src/access/policy';

const CHILD = '01930000-0000-7000-8000-0000000000c1';
const VILLAGE = '450702100201';

/**
 * The police subgraph alone, as the gateway would call it: every operation as every role at three
 * region levels against the policy table; no request without the gateway's signed identity; cases
 * refused by id outside the asker's region; case details refused to roles without them, and every
 * read of them logged.
 */
describe('police access', () => {
  const topicPrefix = uniqueTopicPrefix();
  const events = new EventCollector([AccessRecordedV2.police], topicPrefix);
  const svc = subgraphAccess('police', {
    policy: policePolicy,
    query: '{ dispatchSlas { minutes } }',
    forgedAs: aUser('POLICE_OFFICER'),
    topicPrefix,
  });

  beforeAll(async () => {
    await events.start();
    // The registry's child as this department's replica knows it (normally from its event).
    await svc.db.collection('child_replicas').insertOne({
      _id: CHILD as never,
      familyName: '韦',
      givenName: '小明',
      sex: 'MALE',
      birthDate: '2016-05-01',
      regionCode: VILLAGE,
      registeredAt: new Date(),
      knownSince: new Date(),
      appliedEventIds: [],
    });
  }, 120_000);

  afterAll(() => events.stop());

  const as = async (role: Role, region: string, query: string, variables = {}, purpose?: string) =>
    svc.as(aUser(role, region, purpose ? { purpose } : {}), query, variables);
  const codes = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    (res.errors ?? []).map((e) => e.extensions?.code);

  const REPORT = `mutation ($input: ReceiveReportInput!) { receiveReport(input: $input) { id status regionCode } }`;
  const aReport = (over: object = {}) => ({
    situationType: 'LEFT_ALONE',
    reporterKind: 'PUBLIC',
    channel: 'CALL_110',
    reporterName: '李四',
    reporterPhone: '13800000000',
    childId: CHILD,
    regionCode: VILLAGE,
    facts: '孩子独自在家三天',
    ...over,
  });
  const openCase = async () => {
    const res = await as('POLICE_OFFICER', '450702', REPORT, { input: aReport() });
    expect(res.errors).toBeUndefined();
    return res.data.receiveReport.id as string;
  };

  it('refuses a user of county 450703 a 450702 case by its id, before anything is written', async () => {
    const caseId = await openCase();
    const dispatch = await as(
      'POLICE_OFFICER',
      '450703',
      `mutation ($input: DispatchCaseInput!) { dispatchCase(input: $input) { id status } }`,
      { input: { caseId, unit: '钦南派出所', officer: '王警官' } },
    );
    expect(codes(dispatch)).toEqual(['OUT_OF_REGION']);
    const read = await as('POLICE_OFFICER', '450703', `query ($id: ID!) { protectionCase(id: $id) { id } }`, {
      id: caseId,
    });
    expect(codes(read)).toEqual(['OUT_OF_REGION']);
    const assess = await as(
      'TOWNSHIP_OFFICER',
      '450703100',
      `mutation ($input: CloseCaseInput!) { closeCase(input: $input) { id } }`,
      { input: { caseId, reason: 'x' } },
    );
    expect(codes(assess)).toEqual(['OUT_OF_REGION']);
    const same = await as(
      'POLICE_OFFICER',
      '450702',
      `query ($id: ID!) { protectionCase(id: $id) { status } }`,
      {
        id: caseId,
      },
    );
    expect(same.data.protectionCase.status).toBe('REPORTED');
  });

  it('lists only the asker’s subtree when no region is named', async () => {
    await openCase();
    const queue = `{ policeQueue(queue: NEW) { id regionCode } }`;
    const own = await as('POLICE_OFFICER', '450702', queue);
    expect(own.errors).toBeUndefined();
    expect(own.data.policeQueue.length).toBeGreaterThan(0);
    const other = await as('POLICE_OFFICER', '450703', queue);
    expect(other.errors).toBeUndefined();
    expect(other.data.policeQueue).toEqual([]);
  });

  it('lets a school report as a school, and shows it nothing of the case (四(二)2)', async () => {
    const res = await as(
      'SCHOOL_STAFF',
      VILLAGE,
      `mutation ($input: ReceiveReportInput!) {
        receiveReport(input: $input) { id status situationType reports { facts } }
      }`,
      {
        input: aReport({
          reporterKind: 'SCHOOL',
          channel: 'DUTY_BEARER_DIRECT',
          reporterOrganisation: '钦南区第一小学',
          situationType: 'GUARDIAN_NOT_PERFORMING',
        }),
      },
    );
    expect(res.data.receiveReport).toMatchObject({ status: 'REPORTED', situationType: null, reports: null });
    expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['receiveReport.situationType', 'FORBIDDEN'],
      ['receiveReport.reports', 'FORBIDDEN'],
    ]);
    const asPublic = await as('SCHOOL_STAFF', VILLAGE, REPORT, { input: aReport() });
    expect(codes(asPublic)).toEqual(['REPORTER_KIND_NOT_YOURS']);
  });

  it('hides the reporter from the township and logs each read of the case details', async () => {
    const caseId = await openCase();
    const DETAILS = `query ($id: ID!) { protectionCase(id: $id) { id situationType reports { facts reporterName reporterPhone } } }`;
    const township = await as('TOWNSHIP_OFFICER', '450702100', DETAILS, { id: caseId });
    expect(township.data.protectionCase.situationType).toBe('LEFT_ALONE');
    expect(township.data.protectionCase.reports[0]).toMatchObject({
      facts: '孩子独自在家三天',
      reporterName: null,
      reporterPhone: null,
    });
    // Every report of the case (the same child's reports join one open case): name and phone refused.
    const reports = township.data.protectionCase.reports.length;
    expect(township.errors?.map((e) => [String(e.path?.at(-1)), e.extensions?.code]).sort()).toEqual([
      ...Array(reports).fill(['reporterName', 'FORBIDDEN']),
      ...Array(reports).fill(['reporterPhone', 'FORBIDDEN']),
    ]);

    const coordinator = await as('COORDINATOR', '450700', DETAILS, { id: caseId });
    expect(codes(coordinator)).toEqual(['PURPOSE_REQUIRED']);

    const before = await svc.db.collection('access_records').countDocuments({ childIds: CHILD });
    const officer = aUser('POLICE_OFFICER', '450702', { userId: 'police-audit-reader' });
    const read = await svc.as(officer, DETAILS, { id: caseId });
    expect(read.errors).toBeUndefined();
    expect(read.data.protectionCase.reports[0].reporterName).toBe('李四');
    // One record for the read, kept in the access log, its event carrying who read which fields.
    expect(await svc.db.collection('access_records').countDocuments({ childIds: CHILD })).toBe(before + 1);
    const mine = () =>
      events.received
        .filter((r) => r.topic === AccessRecordedV2.police.topic)
        .map((r) => r.event.payload as { user: { userId: string }; children: { childId: string }[] })
        .filter((p) => p.user.userId === officer.userId);
    const recorded = await waitFor('the access record of the read', () => mine()[0]);
    expect(recorded).toMatchObject({
      action: 'READ',
      service: 'police',
      children: [
        {
          childId: CHILD,
          fields: expect.arrayContaining(['ProtectionCase.reports', 'Report.reporterName', 'Report.facts']),
        },
      ],
    });
    await new Promise((r) => setTimeout(r, 1000)); // nothing more arrives
    expect(mine()).toHaveLength(1);
  });

  it('gives the police indicators of a region to police and coordinators, refusing other regions', async () => {
    const INDICATORS = `query ($r: [_Any!]!, $from: String!, $to: String!) {
      _entities(representations: $r) { ... on Region { policeIndicators(from: $from, to: $to) {
        regionCode reportsReceived reportsBySituation { situationType reports } casesDispatched
        medianMinutesToDispatch dispatchesOverdue assessmentsOverdue interventions } } }
    }`;
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const vars = (code: string) => ({ r: [{ __typename: 'Region', code }], from: today, to: today });
    const res = await as('POLICE_OFFICER', '450702', INDICATORS, vars('450702'));
    expect(res.errors).toBeUndefined();
    const values = res.data._entities[0].policeIndicators;
    expect(values.reportsReceived).toBeGreaterThanOrEqual(1);
    expect(values.reportsBySituation).toContainEqual({
      situationType: 'LEFT_ALONE',
      reports: expect.any(Number),
    });
    expect(codes(await as('POLICE_OFFICER', '450703', INDICATORS, vars('450702')))).toEqual([
      'OUT_OF_REGION',
    ]);
    expect(codes(await as('SCHOOL_STAFF', '450702', INDICATORS, vars('450702')))).toEqual(['FORBIDDEN']);
    expect(codes(await as('COORDINATOR', '450700', INDICATORS, vars('450702')))).toEqual([]);
    const inverted = await as('COORDINATOR', '450700', INDICATORS, {
      ...vars('450702'),
      from: '2026-02-01',
      to: '2026-01-01',
    });
    expect(codes(inverted)).toEqual(['PERIOD_REVERSED']);
  });
});
