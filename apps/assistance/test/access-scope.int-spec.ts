import type { Identity } from '@qz/identity';
import { ManualClock, regionAncestry } from '@qz/kernel';
import { aUser, graphql, type InProcessService, viaGateway } from '@qz/testing';
import type { Connection } from 'mongoose';
import { startAssistanceOnClock } from './assistance-on-a-clock';

/**
 * Region and department scoping of assistance's own records, in-process against the real store
 * and broker: records named by id are refused to another county before anything is written, the
 * child's assistance is refused to roles without it (and each allowed read is logged), each
 * department sees and decides only its own parts, and the region's indicators.
 */
describe('assistance access: regions, departments, sensitive fields and indicators', () => {
  const clock = new ManualClock('2026-03-10T02:00:00Z'); // Tuesday 10 March 2026, 10:00 in Qinzhou
  let svc: InProcessService;
  let url: string;
  let db: Connection;

  const COUNTY = aUser('CIVIL_AFFAIRS_OFFICER', '450702');
  const OTHER_COUNTY = aUser('CIVIL_AFFAIRS_OFFICER', '450703');
  const WINDOW = aUser('CHILD_SOCIAL_WORKER', '450702100');
  const OTHER_WINDOW = aUser('CHILD_SOCIAL_WORKER', '450703101');
  const HEALTH = aUser('HEALTH_OFFICER', '450702');
  const EDUCATION = aUser('EDUCATION_OFFICER', '450702');
  const COORDINATOR = aUser('COORDINATOR', '450702');
  const OTHER_COORDINATOR = aUser('COORDINATOR', '450703');

  const as = async (user: Identity, query: string, variables: Record<string, unknown> = {}) =>
    graphql(url, query, variables, await viaGateway(user));
  /** A stored record without the outbox's bookkeeping (the relay publishes meanwhile). */
  const stored = async (collection: string, id: string) =>
    Object.fromEntries(
      Object.entries((await db.collection(collection).findOne({ _id: id as never })) ?? {}).filter(
        ([k]) => !k.startsWith('outbox'),
      ),
    );
  const codeOf = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0]?.extensions?.code;

  let benefitId: string;
  let applicationId: string;
  const proposalId = 'proposal-a';

  beforeAll(async () => {
    svc = await startAssistanceOnClock(clock);
    url = svc.url;
    db = svc.db;
    // The children as the registry's events (registered, then classified) would have left them
    // here: one in each county, with their last classification.
    const replica = (id: string, regionCode: string, categories: string[]) => ({
      _id: id as never,
      familyName: '黄',
      givenName: '小梅',
      sex: 'FEMALE',
      birthDate: '2015-05-05',
      regionCode,
      regionPath: regionAncestry(regionCode),
      recordStamp: { revision: 1, at: new Date().toISOString() },
      registeredAt: new Date(),
      knownSince: new Date(),
      categories,
      leftBehind: false,
      inDifficulty: true,
      protectedAsChildInDifficulty: false,
      categoriesStamp: { revision: 2, at: new Date().toISOString() },
      categoriesEventId: `classified-${id}`,
      categoriesReason: '民政核查',
      mergedInto: null,
      mergedFrom: [],
      appliedEventIds: [],
    });
    await db
      .collection('child_replicas')
      .insertMany([
        replica('child-a', '450702100201', ['POVERTY_DIBAO', 'TEMPORARILY_WITHOUT_FAMILY']),
        replica('child-b', '450703101201', ['POVERTY_DIBAO']),
      ]);
    await db.collection('proposals').insertOne({
      _id: proposalId as never,
      childId: 'child-a',
      regionCode: '450702100201',
      programme: 'ORPHAN_ALLOWANCE',
      rule: '四(三)1 孤儿基本生活费',
      status: 'PENDING',
      proposedAt: new Date(),
      sourceEventId: 'event-a',
      decidedAt: null,
      decidedBy: null,
      decisionReason: null,
      benefitId: null,
    });

    const granted = await as(
      COUNTY,
      `mutation ($input: GrantBenefitInput!) { grantBenefit(input: $input) { id history { by } } }`,
      {
        input: {
          childId: 'child-a',
          programme: 'DIBAO',
          startDate: '2026-01-01',
          monthlyAmountFen: 60_000,
          reason: '低保认定',
        },
      },
    );
    expect(granted.errors).toBeUndefined();
    benefitId = granted.data.grantBenefit.id;
    // The history names the person who granted it, as the gateway verified them.
    expect(granted.data.grantBenefit.history).toEqual([{ by: COUNTY.userId }]);

    const submitted = await as(
      WINDOW,
      `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { id regionCode } }`,
      {
        input: {
          childId: 'child-a',
          townshipCode: '450702100',
          applicantName: '黄志强',
          applicantRelation: '祖父',
          parts: [
            { kind: 'TEMPORARY_ASSISTANCE', request: '房屋失火' },
            { kind: 'MEDICAL_ASSISTANCE', request: '烧伤住院治疗' },
            { kind: 'EDUCATION_AID', request: '学杂费减免' },
          ],
        },
      },
    );
    expect(submitted.errors).toBeUndefined();
    applicationId = submitted.data.submitApplication.id;
  });

  afterAll(async () => {
    await svc?.stop();
  });

  it('rule 五 region scoping: a user of county 450703 is refused 450702 records named by id, before any write', async () => {
    const before = {
      benefit: await stored('benefits', benefitId),
      proposal: await stored('proposals', proposalId),
      application: await stored('applications', applicationId),
    };
    const benefitOps = [
      ['suspendBenefit', 'SuspendBenefitInput', { benefitId, reason: '核查' }],
      ['resumeBenefit', 'SuspendBenefitInput', { benefitId, reason: '核查' }],
      ['endBenefit', 'EndBenefitInput', { benefitId, reason: '核查', endDate: '2026-03-31' }],
      ['changeBenefit', 'ChangeBenefitInput', { benefitId, reason: '核查', monthlyAmountFen: 1 }],
      ['acceptProposal', 'AcceptProposalInput', { proposalId, startDate: '2026-03-01', reason: '核查' }],
      ['rejectProposal', 'RejectProposalInput', { proposalId, reason: '核查' }],
      ['approveApplication', 'ApplicationStepInput', { applicationId, approved: true, note: '同意' }],
      [
        'decideApplicationPart',
        'DecideApplicationPartInput',
        { applicationId, approved: true, note: '同意', partId: 'p1', department: 'ASSISTANCE' },
      ],
    ] as const;
    for (const [op, type, input] of benefitOps) {
      const r = await as(
        OTHER_COUNTY,
        `mutation ($input: ${type}!) { ${op}(input: $input) { __typename } }`,
        {
          input,
        },
      );
      expect([op, codeOf(r)]).toEqual([op, 'OUT_OF_REGION']);
    }
    const review = await as(
      OTHER_WINDOW,
      `mutation ($input: ApplicationStepInput!) { reviewApplication(input: $input) { id } }`,
      { input: { applicationId, approved: true, note: '初审' } },
    );
    expect(codeOf(review)).toBe('OUT_OF_REGION');
    const read = await as(OTHER_COORDINATOR, `query ($id: ID!) { application(id: $id) { id } }`, {
      id: applicationId,
    });
    expect(codeOf(read)).toBe('OUT_OF_REGION');
    expect(read.data?.application ?? null).toBeNull();
    // A child of the other county cannot be named either (the child replica says where it lives).
    const grant = await as(
      OTHER_COUNTY,
      `mutation ($input: GrantBenefitInput!) { grantBenefit(input: $input) { id } }`,
      {
        input: {
          childId: 'child-a',
          programme: 'DIBAO',
          startDate: '2026-03-01',
          monthlyAmountFen: 1,
          reason: 'x',
        },
      },
    );
    expect(codeOf(grant)).toBe('OUT_OF_REGION');

    expect(await stored('benefits', benefitId)).toEqual(before.benefit);
    expect(await stored('proposals', proposalId)).toEqual(before.proposal);
    expect(await stored('applications', applicationId)).toEqual(before.application);
    expect(await db.collection('benefits').countDocuments()).toBe(1);
  });

  const CHILD = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Child { id assistance { benefits { id programme } qualifiesFor { programme covered } } } } }`;
  const childA = { r: [{ __typename: 'Child', id: 'child-a' }] };

  it('Child.assistance is refused to education (marked at its path, the rest resolves) and each allowed read is logged once', async () => {
    const logged = () => db.collection('access_records').countDocuments({ childIds: 'child-a' });
    const start = await logged();
    const refused = await as(EDUCATION, CHILD, childA);
    expect(refused.data._entities).toEqual([{ id: 'child-a', assistance: null }]);
    expect(refused.errors).toEqual([
      expect.objectContaining({
        path: ['_entities', 0, 'assistance'],
        extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
      }),
    ]);
    expect(await logged()).toBe(start);

    for (const user of [COUNTY, HEALTH, WINDOW, COORDINATOR]) {
      const allowed = await as(user, CHILD, childA);
      expect(allowed.errors).toBeUndefined();
      expect(allowed.data._entities[0].assistance).toEqual({
        benefits: [{ id: benefitId, programme: 'DIBAO' }],
        // Dibao is granted; the temporary assistance the child qualifies for is not (yet): a gap.
        qualifiesFor: [
          { programme: 'DIBAO', covered: true },
          { programme: 'TEMPORARY_ASSISTANCE', covered: false },
        ],
      });
    }
    expect(await logged()).toBe(start + 4);
    // A child of another county is refused even when asked for by key.
    const other = await as(COUNTY, CHILD, { r: [{ __typename: 'Child', id: 'child-b' }] });
    expect(codeOf(other)).toBe('OUT_OF_REGION');
  });

  it('rule 四(四)1 协同办理: each department sees and decides only its own part; every step names its person', async () => {
    const reviewed = await as(
      WINDOW,
      `mutation ($input: ApplicationStepInput!) { reviewApplication(input: $input) { status review { by } } }`,
      { input: { applicationId, approved: true, note: '入户核实' } },
    );
    expect(reviewed.data.reviewApplication).toEqual({ status: 'REVIEWED', review: { by: WINDOW.userId } });

    const logged = () => db.collection('access_records').countDocuments({ childIds: 'child-a' });
    const before = await logged();
    const PARTS = `query ($id: ID!) { application(id: $id) { parts { partId kind } } }`;
    expect((await as(EDUCATION, PARTS, { id: applicationId })).data.application.parts).toEqual([
      { partId: 'p3', kind: 'EDUCATION_AID' },
    ]);
    expect((await as(COORDINATOR, PARTS, { id: applicationId })).data.application.parts).toHaveLength(3);
    expect(await logged()).toBe(before + 2); // each read of the parts (what the family asked for) is logged
    const queue = await as(HEALTH, `{ applicationPartsToDecide { id parts { kind status } } }`);
    expect(queue.data.applicationPartsToDecide).toEqual([
      { id: applicationId, parts: [{ kind: 'MEDICAL_ASSISTANCE', status: 'ROUTED' }] },
    ]);

    const DECIDE = `mutation ($input: DecideApplicationPartInput!) { decideApplicationPart(input: $input) { parts { partId status decidedBy } } }`;
    const decide = (user: Identity, partId: string, department: string, extra: object = {}) =>
      as(user, DECIDE, {
        input: { applicationId, partId, department, approved: true, note: '同意', ...extra },
      });
    expect(codeOf(await decide(EDUCATION, 'p2', 'HEALTH'))).toBe('FORBIDDEN');
    // 四(四)1: health decides its part in the health service (its rules and budget), not here.
    expect(codeOf(await decide(HEALTH, 'p2', 'HEALTH'))).toBe('PART_DECIDED_IN_ITS_SERVICE');
    const byCounty = await decide(COUNTY, 'p1', 'ASSISTANCE', { monthlyAmountFen: 50_000 });
    expect(byCounty.errors).toBeUndefined();
    const approved = await as(
      COUNTY,
      `mutation ($input: ApplicationStepInput!) { approveApplication(input: $input) { status approval { by } } }`,
      { input: { applicationId, approved: true, note: '同意' } },
    );
    expect(approved.data.approveApplication).toEqual({ status: 'APPROVED', approval: { by: COUNTY.userId } });
  });

  const INDICATORS = `query ($r: [_Any!]!, $from: String!, $to: String!) { _entities(representations: $r) { ... on Region {
    assistanceIndicators(from: $from, to: $to) { from to childrenCovered coveredByProgramme { programme children }
      coverageGaps childrenWithGaps applicationsReceived applicationsOverdue amountPaidFen } } } }`;
  const region = (code: string) => [{ __typename: 'Region', code }];

  it('Region.assistanceIndicators: covered children, applications and the amount the period’s rolls paid', async () => {
    const roll = await as(
      COUNTY,
      `mutation ($input: GeneratePaymentRollInput!) { generatePaymentRoll(input: $input) { totalFen } }`,
      { input: { regionCode: '450702', month: '2026-03' } },
    );
    expect(roll.errors).toBeUndefined();
    expect(roll.data.generatePaymentRoll.totalFen).toBe(110_000); // dibao 600 + temporary 500 yuan

    const march = { from: '2026-03-01', to: '2026-03-31' };
    const r = await as(COORDINATOR, INDICATORS, { r: region('450702'), ...march });
    expect(r.errors).toBeUndefined();
    expect(r.data._entities[0].assistanceIndicators).toEqual({
      ...march,
      childrenCovered: 1,
      coveredByProgramme: [
        { programme: 'ORPHAN_ALLOWANCE', children: 0 },
        { programme: 'TEKUN_SUPPORT', children: 0 },
        { programme: 'DIBAO', children: 1 },
        { programme: 'TEMPORARY_ASSISTANCE', children: 1 },
      ],
      coverageGaps: 0,
      childrenWithGaps: 0,
      applicationsReceived: 1,
      applicationsOverdue: 0,
      amountPaidFen: 110_000,
    });
    const february = await as(COUNTY, INDICATORS, {
      r: region('450702'),
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(february.data._entities[0].assistanceIndicators).toMatchObject({
      childrenCovered: 1,
      applicationsReceived: 0,
      amountPaidFen: 0,
    });
    const elsewhere = await as(aUser('COORDINATOR', '450700'), INDICATORS, { r: region('450703'), ...march });
    expect(elsewhere.data._entities[0].assistanceIndicators).toMatchObject({
      childrenCovered: 0,
      coverageGaps: 1, // child-b qualifies for dibao with neither benefit nor proposal
      childrenWithGaps: 1,
      amountPaidFen: 0,
    });
  });

  it('Region.assistanceIndicators is refused outside the asker’s region, to other departments, and for a bad period', async () => {
    const march = { from: '2026-03-01', to: '2026-03-31' };
    expect(codeOf(await as(OTHER_COORDINATOR, INDICATORS, { r: region('450702'), ...march }))).toBe(
      'OUT_OF_REGION',
    );
    expect(codeOf(await as(EDUCATION, INDICATORS, { r: region('450702'), ...march }))).toBe('FORBIDDEN');
    const reversed = await as(COORDINATOR, INDICATORS, {
      r: region('450702'),
      from: '2026-03-31',
      to: '2026-03-01',
    });
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'PERIOD_REVERSED', field: 'from' });
    const long = await as(COORDINATOR, INDICATORS, {
      r: region('450702'),
      from: '2025-01-01',
      to: '2026-03-01',
    });
    expect(codeOf(long)).toBe('PERIOD_TOO_LONG');
  });

  it('every change is logged against its child, accepting a proposal too (its answer names the child only inside)', async () => {
    const logged = () => db.collection('access_records').countDocuments({ childIds: 'child-a' });
    const start = await logged();
    const accepted = await as(
      COUNTY,
      `mutation ($input: AcceptProposalInput!) { acceptProposal(input: $input) { proposal { status decidedBy } } }`,
      { input: { proposalId, startDate: '2026-03-01', monthlyAmountFen: 120_000, reason: '孤儿认定' } },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptProposal.proposal).toEqual({ status: 'ACCEPTED', decidedBy: COUNTY.userId });
    expect(await logged()).toBe(start + 1);
  });

  it('rule 四(三)1: standards and payment rolls are set for a county or the city, not a township or village', async () => {
    const VILLAGE_OFFICER = aUser('CIVIL_AFFAIRS_OFFICER', '450702100201');
    const roll = await as(
      VILLAGE_OFFICER,
      `mutation ($input: GeneratePaymentRollInput!) { generatePaymentRoll(input: $input) { id } }`,
      { input: { regionCode: '450702100201', month: '2026-03' } },
    );
    expect(roll.errors?.[0].extensions).toMatchObject({ field: 'input.regionCode' });
    const standard = await as(
      COUNTY,
      `mutation ($input: PublishStandardInput!) { publishAssistanceStandard(input: $input) { regionCode } }`,
      {
        input: {
          programme: 'DIBAO',
          regionCode: '450702100',
          effectiveFrom: '2027-01-01',
          monthlyAmountFen: 70_000,
          childUpliftPercent: 20,
        },
      },
    );
    expect(standard.errors?.[0].extensions).toMatchObject({ field: 'input.regionCode' });
    expect(await db.collection('payment_rolls').countDocuments({ regionCode: '450702100201' })).toBe(0);
  });

  it('a county reads the standards in force there, the city’s among them; another county’s user is refused', async () => {
    const STANDARDS = `query ($region: String!) { assistanceStandards(regionCode: $region, on: "2026-03-10") { programme regionCode } }`;
    const read = await as(WINDOW, STANDARDS, { region: '450702100' });
    expect(read.errors).toBeUndefined();
    expect(read.data.assistanceStandards).toContainEqual({ programme: 'DIBAO', regionCode: '450700' });
    expect(codeOf(await as(OTHER_WINDOW, STANDARDS, { region: '450702100' }))).toBe('OUT_OF_REGION');
  });
});
