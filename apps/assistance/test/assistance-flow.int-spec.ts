import {
  ApplicationPartDecidedV1,
  ApplicationPartRoutedV1,
  type ApplicationPartRoutedPayload,
  BenefitChangedV1,
  BenefitEndedV1,
  BenefitGrantedV1,
  BenefitSuspendedV1,
  type BenefitPayload,
  type Envelope,
} from '@qz/contracts';
import { localDateInChina } from '@qz/kernel';
import type { Identity } from '@qz/identity';
import {
  aChild,
  asUser,
  aUser,
  DEMO_VILLAGE,
  connectTestDatabase,
  dropTestDatabase,
  EventCollector,
  EventPublisher,
  freePort,
  graphql,
  residentIdFor,
  ServiceProcess,
  uniqueName,
  uniqueTopicPrefix,
  viaGateway,
  waitFor,
} from '@qz/testing';
import type { Connection } from 'mongoose';

const BENEFIT_CONTRACTS = [BenefitGrantedV1, BenefitChangedV1, BenefitSuspendedV1, BenefitEndedV1];
const CONTRACTS = [...BENEFIT_CONTRACTS, ApplicationPartRoutedV1];

/**
 * The assistance flow as it runs: registry, assistance and the gateway as processes from dist/,
 * against the real broker and store. The registry classifies a child; assistance proposes from the
 * event; a caseworker accepts through the gateway; a real Kafka consumer reads the benefit events
 * and checks them against their contracts; the month's roll is generated more than once.
 */
describe('assistance: from classification to payment roll (gateway, registry, assistance, Kafka, store)', () => {
  const run = uniqueName('ast');
  const topicPrefix = uniqueTopicPrefix();
  let registry: ServiceProcess;
  let assistance: ServiceProcess;
  let gateway: ServiceProcess;
  let db: Connection;
  const events = new EventCollector(CONTRACTS, topicPrefix);
  /** Health's and education's decisions, produced as their outboxes would. */
  const departments = new EventPublisher(topicPrefix);
  /** The benefit events read so far, and the routed application parts. */
  const received = () =>
    events.received
      .filter((r) => r.topic !== ApplicationPartRoutedV1.topic)
      .map((r) => r.event as Envelope<BenefitPayload>);
  const routed = () =>
    events.received
      .filter((r) => r.topic === ApplicationPartRoutedV1.topic)
      .map((r) => r.event as Envelope<ApplicationPartRoutedPayload>);
  const thisMonth = localDateInChina(new Date()).slice(0, 7);
  // The city's civil-affairs bureau registers, decides and pays everywhere; the township window of
  // 灵山 receives and reviews; the county's health and education bureaus decide their parts.
  const BUREAU = aUser('CIVIL_AFFAIRS_OFFICER', '450700');
  const WINDOW = aUser('CHILD_SOCIAL_WORKER', '450721101');
  const DEPARTMENT: Record<string, Identity> = {
    HEALTH: aUser('HEALTH_OFFICER', '450721'),
    EDUCATION: aUser('EDUCATION_OFFICER', '450721'),
  };
  const gql = async (query: string, variables: Record<string, unknown> = {}, user: Identity = BUREAU) =>
    graphql(gateway.url, query, variables, await asUser(user));

  beforeAll(async () => {
    const env = (name: string) => ({ MONGO_DB: `${run}_${name}`, KAFKA_TOPIC_PREFIX: topicPrefix });
    registry = new ServiceProcess('registry', await freePort(), env('registry'));
    assistance = new ServiceProcess('assistance', await freePort(), env('assistance'));
    await Promise.all([registry.start(), assistance.start()]);
    const nowhere = `http://127.0.0.1:${await freePort()}/graphql`; // departments not under test
    gateway = new ServiceProcess('gateway', await freePort(), {
      SUBGRAPH_REGISTRY_URL: registry.url,
      SUBGRAPH_ASSISTANCE_URL: assistance.url,
      SUBGRAPH_EDUCATION_URL: nowhere,
      SUBGRAPH_HEALTH_URL: nowhere,
      SUBGRAPH_POLICE_URL: nowhere,
    });
    await gateway.start('/health/live');
    db = await connectTestDatabase(`${run}_assistance`);
    await events.start();
    await departments.start();
  });

  afterAll(async () => {
    await events.stop();
    await departments.stop();
    await gateway?.stop();
    await Promise.all([registry?.stop(), assistance?.stop()]);
    const other = db ? db.useDb(`${run}_registry`) : null;
    await other?.dropDatabase().catch(() => undefined);
    if (db) await dropTestDatabase(db);
  });

  async function registerWith(
    circumstances: Record<string, unknown>,
    over: Parameters<typeof aChild>[0] = {},
  ) {
    const birthDate = over.birthDate ?? '2014-03-09';
    const input = aChild({
      ...over,
      birthDate,
      residentIdNumber: residentIdFor(birthDate, over.sex ?? 'FEMALE'),
    });
    const reg = await gql(`mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`, {
      input,
    });
    expect(reg.errors).toBeUndefined();
    const id = reg.data.registerChild.id as string;
    const upd = await gql(
      `mutation ($input: UpdateChildCircumstancesInput!) { updateChildCircumstances(input: $input) { id } }`,
      { input: { childId: id, reason: '民政核查', ...circumstances } },
    );
    expect(upd.errors).toBeUndefined();
    return id;
  }

  const PROPOSALS = `query ($id: ID!) { child(id: $id) { id familyName assistance {
    proposals { id programme rule status decisionReason benefitId }
    benefits { id programme status monthlyAmountFen startDate endDate proposalId history { action reason } } } } }`;

  async function proposalOf(childId: string, programme: string) {
    const res = await waitFor(
      `a ${programme} proposal for child ${childId}`,
      async () => {
        const r = await gql(PROPOSALS, { id: childId });
        const found = r.data?.child?.assistance?.proposals?.find(
          (p: { programme: string }) => p.programme === programme,
        );
        return found ? r : null;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    return res.data.child.assistance.proposals.find((p: { programme: string }) => p.programme === programme);
  }

  const ACCEPT = `mutation ($input: AcceptProposalInput!) { acceptProposal(input: $input) {
    proposal { id status decisionReason benefitId } benefit { id childId programme status monthlyAmountFen startDate endDate regionCode } } }`;
  const GRANT = `mutation ($input: GrantBenefitInput!) { grantBenefit(input: $input) { id status monthlyAmountFen endDate } }`;
  const ROLL = `mutation ($input: GeneratePaymentRollInput!) { generatePaymentRoll(input: $input) {
    id regionCode month status lines { benefitId childId programme amountFen } totals { programme lines amountFen } totalFen } }`;
  const count = (collection: string) => db.collection(collection).countDocuments();

  let orphanId: string;
  let orphanBenefitId: string;

  it('an orphan classified in the registry gets an orphan-allowance proposal naming the rule; accepting it grants the benefit and publishes BenefitGranted', async () => {
    orphanId = await registerWith(
      { father: 'DECEASED', mother: 'DECEASED' },
      { familyName: '覃', givenName: '小梅' },
    );
    const proposal = await proposalOf(orphanId, 'ORPHAN_ALLOWANCE');
    expect(proposal).toMatchObject({ status: 'PENDING', rule: expect.stringContaining('四(三)1') });

    const accepted = await gql(ACCEPT, {
      input: { proposalId: proposal.id, startDate: `${thisMonth}-01`, reason: '钦南民政〔2026〕12号' },
    });
    expect(accepted.errors).toBeUndefined();
    const benefit = accepted.data.acceptProposal.benefit;
    expect(benefit).toMatchObject({
      childId: orphanId,
      programme: 'ORPHAN_ALLOWANCE',
      status: 'ACTIVE',
      monthlyAmountFen: 120000, // the city's 2026 standard, no uplift
      startDate: `${thisMonth}-01`,
      endDate: '2032-03-08', // the day before the 18th birthday
      regionCode: DEMO_VILLAGE,
    });
    expect(accepted.data.acceptProposal.proposal).toMatchObject({
      status: 'ACCEPTED',
      benefitId: benefit.id,
    });
    orphanBenefitId = benefit.id;

    const event = await waitFor('the BenefitGranted event', () =>
      received().find((e) => e.payload.benefitId === benefit.id),
    );
    expect(events.contractErrors).toEqual([]);
    expect(event).toMatchObject({
      type: 'assistance.benefit.granted',
      producer: 'assistance',
      subject: orphanId,
      regionCode: DEMO_VILLAGE,
      payload: {
        benefitId: benefit.id,
        childId: orphanId,
        programme: 'ORPHAN_ALLOWANCE',
        status: 'ACTIVE',
        monthlyAmountFen: 120000,
        startDate: `${thisMonth}-01`,
        endDate: '2032-03-08',
        effectiveDate: `${thisMonth}-01`,
        reason: '钦南民政〔2026〕12号',
      },
    });
  });

  it('a second accept of the same proposal is refused and writes nothing', async () => {
    const proposal = await proposalOf(orphanId, 'ORPHAN_ALLOWANCE');
    const before = { benefits: await count('benefits'), events: received().length };
    const again = await gql(ACCEPT, {
      input: { proposalId: proposal.id, startDate: `${thisMonth}-01`, reason: '重复' },
    });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'PROPOSAL_ALREADY_DECIDED',
      field: 'input.proposalId',
    });
    const both = await Promise.all(
      [1, 2].map(() =>
        gql(ACCEPT, { input: { proposalId: proposal.id, startDate: `${thisMonth}-01`, reason: '并发' } }),
      ),
    );
    expect(both.map((r) => r.errors?.[0].extensions?.code)).toEqual([
      'PROPOSAL_ALREADY_DECIDED',
      'PROPOSAL_ALREADY_DECIDED',
    ]);
    expect(await count('benefits')).toBe(before.benefits);
  });

  it('generating the month’s roll twice, and twice at once, gives one roll and one payment per benefit; the total is the sum of the lines', async () => {
    const dibaoId = await registerWith(
      { father: 'AT_HOME', mother: 'AT_HOME', dibao: true },
      { givenName: '小红' },
    );
    const dibao = await proposalOf(dibaoId, 'DIBAO');
    const granted = await gql(ACCEPT, {
      input: { proposalId: dibao.id, startDate: `${thisMonth}-01`, reason: '低保审批' },
    });
    expect(granted.data.acceptProposal.benefit.monthlyAmountFen).toBe(72000); // 600.00 yuan + 20 % for a child

    const input = { regionCode: '450702', month: thisMonth };
    const [a, b] = await Promise.all([gql(ROLL, { input }), gql(ROLL, { input })]);
    const c = await gql(ROLL, { input });
    for (const r of [a, b, c]) expect(r.errors).toBeUndefined();
    expect(b.data.generatePaymentRoll).toEqual(a.data.generatePaymentRoll);
    expect(c.data.generatePaymentRoll).toEqual(a.data.generatePaymentRoll);
    const roll = a.data.generatePaymentRoll;
    expect(roll).toMatchObject({ id: `450702:${thisMonth}`, status: 'COMPLETE' });
    const lines = roll.lines.filter((l: { benefitId: string }) =>
      [orphanBenefitId, granted.data.acceptProposal.benefit.id].includes(l.benefitId),
    );
    expect(lines.map((l: { amountFen: number }) => l.amountFen).sort()).toEqual([120000, 72000].sort());
    expect(roll.totalFen).toBe(
      roll.lines.reduce((s: number, l: { amountFen: number }) => s + l.amountFen, 0),
    );
    expect(roll.totals.reduce((s: number, t: { amountFen: number }) => s + t.amountFen, 0)).toBe(
      roll.totalFen,
    );
    expect(await db.collection('payment_rolls').countDocuments({ _id: `450702:${thisMonth}` as never })).toBe(
      1,
    );
    expect(await db.collection('payments').countDocuments({ benefitId: orphanBenefitId })).toBe(1);
    expect(await db.collection('payments').countDocuments({ rollId: roll.id })).toBe(roll.lines.length);
  });

  it('a suspended or ended benefit is not on the next roll, and each change is published', async () => {
    const a = await registerWith({ dibao: true }, { regionCode: '450703103201', givenName: '甲' });
    const b = await registerWith({ dibao: true }, { regionCode: '450703103201', givenName: '乙' });
    const c = await registerWith({ dibao: true }, { regionCode: '450703103201', givenName: '丙' });
    const ids: string[] = [];
    for (const child of [a, b, c]) {
      const p = await proposalOf(child, 'DIBAO');
      const r = await gql(ACCEPT, {
        input: { proposalId: p.id, startDate: `${thisMonth}-01`, reason: '低保审批' },
      });
      ids.push(r.data.acceptProposal.benefit.id);
    }
    const suspended = await gql(
      `mutation ($input: SuspendBenefitInput!) { suspendBenefit(input: $input) { status } }`,
      {
        input: { benefitId: ids[1], reason: '待复核' },
      },
    );
    expect(suspended.data.suspendBenefit.status).toBe('SUSPENDED');
    const ended = await gql(
      `mutation ($input: EndBenefitInput!) { endBenefit(input: $input) { status endDate } }`,
      {
        input: { benefitId: ids[2], endDate: `${thisMonth}-01`, reason: '家庭退出低保' },
      },
    );
    expect(ended.data.endBenefit).toEqual({ status: 'ENDED', endDate: `${thisMonth}-01` });

    const roll = await gql(ROLL, { input: { regionCode: '450703', month: thisMonth } });
    expect(roll.data.generatePaymentRoll.lines.map((l: { benefitId: string }) => l.benefitId)).toEqual([
      ids[0],
    ]);
    expect(roll.data.generatePaymentRoll.totals).toEqual([
      { programme: 'DIBAO', lines: 1, amountFen: 72000 },
    ]);

    await waitFor(
      'the suspended and ended events',
      () =>
        received().some((e) => e.type === 'assistance.benefit.suspended' && e.payload.benefitId === ids[1]) &&
        received().some((e) => e.type === 'assistance.benefit.ended' && e.payload.benefitId === ids[2]),
    );
    const endedEvent = received().find(
      (e) => e.type === 'assistance.benefit.ended' && e.payload.benefitId === ids[2],
    );
    expect(endedEvent?.payload).toMatchObject({ status: 'ENDED', reason: '家庭退出低保' });
    expect(events.contractErrors).toEqual([]);
  });

  it('a rejected proposal leaves the child on the coverage-gap list (应保尽保) of the region', async () => {
    const id = await registerWith(
      { father: 'IMPRISONED', mother: 'DECEASED' },
      { birthDate: '2015-06-01', regionCode: '450721101201' },
    );
    const p = await proposalOf(id, 'TEKUN_SUPPORT');
    const gaps = `query { coverageGaps(regionCode: "450721") { childId programme lastProposalStatus } }`;
    expect((await gql(gaps)).data.coverageGaps).toEqual([]);
    const rejected = await gql(
      `mutation ($input: RejectProposalInput!) { rejectProposal(input: $input) { status decisionReason } }`,
      {
        input: { proposalId: p.id, reason: '材料不全' },
      },
    );
    expect(rejected.data.rejectProposal).toEqual({ status: 'REJECTED', decisionReason: '材料不全' });
    expect((await gql(gaps)).data.coverageGaps).toEqual([
      { childId: id, programme: 'TEKUN_SUPPORT', lastProposalStatus: 'REJECTED' },
    ]);
  });

  it('refuses bad input with a code naming the field, and writes nothing', async () => {
    const before = { benefits: await count('benefits'), rolls: await count('payment_rolls') };
    const grant = (input: Record<string, unknown>) =>
      gql(GRANT, {
        input: {
          childId: orphanId,
          programme: 'TEMPORARY_ASSISTANCE',
          startDate: `${thisMonth}-01`,
          reason: '突发困难',
          ...input,
        },
      });
    const codes = async (res: Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>) =>
      (await res).errors?.[0].extensions;

    expect(await codes(grant({ childId: 'no-such-child' }))).toMatchObject({
      code: 'CHILD_NOT_FOUND',
      field: 'input.childId',
    });
    expect(await codes(grant({ monthlyAmountFen: -1 }))).toMatchObject({
      code: 'AMOUNT_NEGATIVE',
      field: 'input.monthlyAmountFen',
    });
    expect(await codes(grant({ endDate: '2020-01-01' }))).toMatchObject({
      code: 'END_BEFORE_START',
      field: 'input.endDate',
    });
    expect(await codes(grant({ startDate: '2026-02-30' }))).toMatchObject({
      code: 'INVALID_DATE',
      field: 'input.startDate',
    });
    expect(await codes(grant({ reason: '很'.repeat(5_000) }))).toMatchObject({
      code: 'FIELD_TOO_LONG',
      field: 'input.reason',
    });
    // A body far over any field's limit is turned away before it reaches a resolver.
    const huge = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await asUser(BUREAU)) },
      body: JSON.stringify({
        query: GRANT,
        variables: { input: { childId: orphanId, reason: '很'.repeat(1_000_000) } },
      }),
    });
    expect(huge.status).toBe(413);
    expect(await codes(grant({ programme: 'ORPHAN_ALLOWANCE' }))).toMatchObject({
      code: 'BENEFIT_OVERLAP',
      kind: 'conflict',
    });
    expect(await codes(gql(ROLL, { input: { regionCode: '450702', month: '2999-01' } }))).toMatchObject({
      code: 'ROLL_MONTH_IN_FUTURE',
      field: 'input.month',
    });
    expect(await codes(gql(ROLL, { input: { regionCode: '450702', month: '2026-13' } }))).toMatchObject({
      code: 'INVALID_MONTH',
    });
    expect(
      await codes(
        gql(ACCEPT, { input: { proposalId: 'no-such-proposal', startDate: `${thisMonth}-01`, reason: 'x' } }),
      ),
    ).toMatchObject({ code: 'PROPOSAL_NOT_FOUND' });
    expect(await count('benefits')).toBe(before.benefits);
    expect(await count('payment_rolls')).toBe(before.rolls);

    // The same grant with good input goes through: nothing half-written stood in its way.
    const ok = await grant({ monthlyAmountFen: 65000 });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.grantBenefit).toMatchObject({ status: 'ACTIVE', monthlyAmountFen: 65000 });
  });

  it('a city’s roll covers its counties but pays nothing a county’s roll already paid', async () => {
    const city = await gql(ROLL, { input: { regionCode: '450700', month: thisMonth } });
    expect(city.errors).toBeUndefined();
    const county = await gql(ROLL, { input: { regionCode: '450702', month: thisMonth } });
    const paid = new Set(
      county.data.generatePaymentRoll.lines.map((l: { benefitId: string }) => l.benefitId),
    );
    const lines = city.data.generatePaymentRoll.lines as { benefitId: string }[];
    expect(lines.length).toBeGreaterThan(0); // the temporary assistance granted after the county's roll
    expect(lines.filter((l) => paid.has(l.benefitId))).toEqual([]);
    const payments = await db.collection('payments').find({ month: thisMonth }).toArray();
    expect(new Set(payments.map((p) => p.benefitId)).size).toBe(payments.length);
  });

  it('one-window intake: an application with a medical and an education part shows both departments’ decisions in one query', async () => {
    const childId = await registerWith(
      { dibao: true, seriousIllness: true },
      { givenName: '小兰', regionCode: '450721101201' },
    );
    await waitFor(
      'assistance to know the child',
      async () => (await gql(PROPOSALS, { id: childId })).data?.child?.assistance,
    );
    const FIELDS = `id status settled review { dueOn doneOn outcome } approval { dueOn outcome }
      parts { partId kind department status decidedBy note } history { action }`;
    const submitted = await gql(
      `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { ${FIELDS} } }`,
      {
        input: {
          childId,
          townshipCode: '450721101', // any township's window may receive it
          applicantName: '黄秀英',
          applicantRelation: '祖母',
          parts: [
            { kind: 'MEDICAL_ASSISTANCE', request: '白血病住院费用救助' },
            { kind: 'EDUCATION_AID', request: '义务教育阶段生活补助' },
          ],
        },
      },
      WINDOW,
    );
    expect(submitted.errors).toBeUndefined();
    const app = submitted.data.submitApplication;
    expect(app).toMatchObject({ status: 'RECEIVED', settled: false, approval: null });
    expect(app.parts.map((p: { department: string; status: string }) => [p.department, p.status])).toEqual([
      ['HEALTH', 'WAITING'],
      ['EDUCATION', 'WAITING'],
    ]);

    const step = (name: string, input: object) =>
      gql(
        `mutation ($input: ApplicationStepInput!) { ${name}(input: $input) { ${FIELDS} } }`,
        { input },
        name === 'reviewApplication' ? WINDOW : BUREAU,
      );
    const early = await step('approveApplication', { applicationId: app.id, approved: true, note: '同意' });
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'APPLICATION_NOT_REVIEWED',
      field: 'input.applicationId',
    });
    const decide = (input: { department: string } & Record<string, unknown>) =>
      gql(
        `mutation ($input: DecideApplicationPartInput!) { decideApplicationPart(input: $input) { ${FIELDS} } }`,
        {
          input: { applicationId: app.id, approved: true, note: '同意', ...input },
        },
        DEPARTMENT[input.department],
      );
    // 四(四)1: health's part is never decided at the assistance desk, routed or not.
    expect((await decide({ partId: 'p1', department: 'HEALTH' })).errors?.[0].extensions).toMatchObject({
      code: 'PART_DECIDED_IN_ITS_SERVICE',
    });

    const reviewed = await step('reviewApplication', {
      applicationId: app.id,
      approved: true,
      note: '材料齐全',
    });
    expect(reviewed.data.reviewApplication).toMatchObject({
      status: 'REVIEWED',
      review: { outcome: 'PASSED' },
    });
    const parts = await waitFor('both parts routed by event', () => {
      const mine = routed().filter((e) => e.payload.applicationId === app.id);
      return mine.length === 2 ? mine : null;
    });
    expect(parts.map((e) => [e.payload.department, e.payload.kind, e.subject])).toEqual([
      ['HEALTH', 'MEDICAL_ASSISTANCE', childId],
      ['EDUCATION', 'EDUCATION_AID', childId],
    ]);
    expect(events.contractErrors).toEqual([]);

    // 四(四)1: health's and education's parts are decided in their own services (their rules and
    // budgets), not at the assistance desk; their decisions reach the application by event.
    for (const [partId, department] of [
      ['p1', 'HEALTH'],
      ['p2', 'EDUCATION'],
    ])
      expect((await decide({ partId, department })).errors?.[0].extensions).toMatchObject({
        code: 'PART_DECIDED_IN_ITS_SERVICE',
        field: 'input.department',
      });
    const atDesk = await gql(
      `mutation ($input: DecideApplicationPartInput!) { decideApplicationPart(input: $input) { id } }`,
      {
        input: {
          applicationId: app.id,
          partId: 'p1',
          department: 'ASSISTANCE',
          approved: true,
          note: '同意',
        },
      },
    );
    expect(atDesk.errors?.[0].extensions).toMatchObject({ code: 'PART_DEPARTMENT_MISMATCH' });
    const decidedBy = (r: Envelope<ApplicationPartRoutedPayload>, approved: boolean, note: string) =>
      departments.publish(
        ApplicationPartDecidedV1[r.payload.department === 'HEALTH' ? 'health' : 'education'],
        { subject: childId, regionCode: r.payload.regionCode },
        {
          applicationId: app.id,
          partId: r.payload.partId,
          childId,
          kind: r.payload.kind,
          regionCode: r.payload.regionCode,
          department: r.payload.department as 'HEALTH' | 'EDUCATION',
          approved,
          note,
          rule: '四(四)1',
          decidedOn: localDateInChina(new Date()),
          decidedBy: `${r.payload.department}:officer-1`,
          automatic: false,
        },
      );
    await decidedBy(parts[0], true, '医疗救助比例提高至90%');
    await decidedBy(parts[1], false, '已享受同类资助');
    await waitFor('assistance to record both departments’ decisions', async () => {
      const a = await gql(`query ($id: ID!) { application(id: $id) { parts { status } } }`, { id: app.id });
      return a.data?.application?.parts.every((p: { status: string }) => p.status !== 'ROUTED');
    });
    expect(
      (await step('approveApplication', { applicationId: app.id, approved: true, note: '县民政局审批同意' }))
        .errors,
    ).toBeUndefined();

    const seen = await gql(
      `query ($id: ID!) { child(id: $id) { id givenName assistance { applications { ${FIELDS} } } } }`,
      { id: childId },
    );
    expect(seen.errors).toBeUndefined();
    const [one] = seen.data.child.assistance.applications;
    expect(seen.data.child.givenName).toBe('小兰');
    expect(one).toMatchObject({
      id: app.id,
      status: 'APPROVED',
      settled: true,
      approval: { outcome: 'APPROVED' },
    });
    expect(one.parts).toEqual([
      expect.objectContaining({
        department: 'HEALTH',
        status: 'APPROVED',
        note: expect.stringContaining('医疗救助比例提高至90%'),
        decidedBy: 'HEALTH:test', // the department and the event's actor
      }),
      expect.objectContaining({
        department: 'EDUCATION',
        status: 'REJECTED',
        note: expect.stringContaining('已享受同类资助'),
      }),
    ]);
    expect(one.history).toHaveLength(5); // received, reviewed, two parts, approved: the refused steps left nothing
  });

  it('two assistance processes generating one roll at once still pay each benefit once (the unique keys, not a lock)', async () => {
    const [y, m] = thisMonth.split('-').map(Number);
    const lastMonth = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    const ids: string[] = [];
    for (const givenName of ['丁', '戊', '己']) {
      const child = await registerWith({}, { regionCode: '450722101201', givenName });
      await waitFor(
        'assistance to know the child',
        async () => (await gql(PROPOSALS, { id: child })).data?.child?.assistance,
      );
      const r = await gql(GRANT, {
        input: {
          childId: child,
          programme: 'TEMPORARY_ASSISTANCE',
          startDate: `${lastMonth}-01`,
          endDate: `${y + 1}-12-31`, // still running: the term sweep leaves it active
          reason: '突发火灾',
        },
      });
      expect(r.errors).toBeUndefined();
      ids.push(r.data.grantBenefit.id);
    }
    const second = new ServiceProcess('assistance', await freePort(), {
      MONGO_DB: `${run}_assistance`,
      KAFKA_TOPIC_PREFIX: topicPrefix,
    });
    await second.start();
    try {
      const input = { regionCode: '450722', month: lastMonth };
      const headers = await viaGateway(BUREAU);
      const results = await Promise.all(
        [assistance, second, assistance, second].map((p) => graphql(p.url, ROLL, { input }, headers)),
      );
      for (const r of results) expect(r.errors).toBeUndefined();
      const rolls = results.map((r) => r.data.generatePaymentRoll);
      for (const roll of rolls) expect(roll).toEqual(rolls[0]);
      expect(rolls[0].lines.map((l: { benefitId: string }) => l.benefitId).sort()).toEqual([...ids].sort());
      expect(rolls[0].totals).toEqual([{ programme: 'TEMPORARY_ASSISTANCE', lines: 3, amountFen: 195000 }]); // 3 × 650.00
      expect(await db.collection('payments').countDocuments({ rollId: `450722:${lastMonth}` })).toBe(3);
    } finally {
      await second.stop();
    }
  });
});
