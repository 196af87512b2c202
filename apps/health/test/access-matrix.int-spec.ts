import { regionAncestry } from '@qz/kernel';
import type { Identity, Role } from '@qz/identity';
import { accessRecordsAddedBy, aUser, subgraphAccess, type Answer } from '@qz/testing';
import { healthPolicy } from '../src/access/policy';

/**
 * Health's access control as it runs (the build in dist/, straight to the subgraph with the
 * gateway's assertion): the generated matrix of every operation x every role x three region
 * levels, requests without or with a forged credential, records of another county refused by id
 * before anything is written, sensitive fields refused and audited, and the region's indicators.
 */
describe('health: access', () => {
  const svc = subgraphAccess('health', {
    policy: healthPolicy,
    query: '{ healthQueue(regionCode: "450702") { application { id } } }',
    forgedAs: aUser('HEALTH_OFFICER', '450700'),
    notLeaking: () => claimId,
  });
  const { as, ok } = svc;
  const codes = (res: Answer) => res.errors?.map((e) => e.extensions?.code);

  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  // A child of 沙埠镇 (county 450702), aged 4, in difficulty since 2025, the registry told health about.
  const childId = '01900000-0000-7000-8000-00000000h001';
  const health = (region = '450702') => aUser('HEALTH_OFFICER', region);
  const dpf = (region = '450702') => aUser('DPF_OFFICER', region);
  let claimId: string;
  let rehabId: string;

  const APP = `id status regionCode steps { step by }`;
  const step = (
    user: Identity,
    name: string,
    input: Record<string, unknown>,
    type = 'HealthWorkflowStepInput',
  ) => as(user, `mutation ($input: ${type}!) { ${name}(input: $input) { ${APP} } }`, { input });
  const appDoc = (id: string) => svc.db.collection('health_applications').findOne({ _id: id as never });

  beforeAll(async () => {
    await svc.db.collection('child_replicas').insertOne({
      _id: childId,
      familyName: '韦',
      givenName: '小宝',
      sex: 'MALE',
      birthDate: `${year - 4}-03-01`,
      regionCode: '450702100201',
      regionPath: regionAncestry('450702100201'),
      registeredAt: new Date(),
      knownSince: new Date(),
      // Its categories, as the registry's classification left them in the replica.
      categories: ['SERIOUSLY_ILL'],
      inDifficulty: true,
      categoriesStamp: { revision: 2, at: new Date().toISOString() },
    } as never);
    await svc.db.collection('child_facts').insertOne({
      _id: childId,
      regionCode: '450702100201',
      difficultySince: '2025-01-01',
      benefits: {},
      disability: null,
      appliedEventIds: [],
    } as never);
    await ok(
      dpf(),
      `mutation ($input: RecordDisabilityCertificateInput!) { recordDisabilityCertificate(input: $input) { type } }`,
      { input: { childId, type: 'HEARING', grade: 2, certifiedOn: yesterday } },
    );
    rehabId = (
      await ok(dpf(), `mutation ($input: ApplyForRehabInput!) { applyForRehab(input: $input) { ${APP} } }`, {
        input: {
          childId,
          programme: 'REHAB',
          disabilityType: 'HEARING',
          service: 'TRAINING',
          institutionId: 'QZ-MATERNAL-CHILD',
          serviceDate: today,
          costFen: 300_000,
        },
      })
    ).applyForRehab.id;
    claimId = (
      await ok(
        health(),
        `mutation ($input: SubmitMedicalClaimInput!) { submitMedicalClaim(input: $input) { ${APP} } }`,
        {
          input: {
            childId,
            serviceDate: today,
            hospital: '钦州市第一人民医院',
            diagnosis: '白血病',
            expenseFen: 100_000,
          },
        },
      )
    ).submitMedicalClaim.id;
    await ok(health(), `mutation ($input: SetHealthBudgetInput!) { setHealthBudget(input: $input) { id } }`, {
      input: {
        regionCode: '450702',
        programme: 'MEDICAL_ASSISTANCE',
        year,
        limitFen: 10_000_000,
        reason: '年度预算',
      },
    });
  }, 120_000);

  describe('rule 五(一) region scoping: applications of county 450702 named by id', () => {
    it('every step by an officer of county 450703 is refused OUT_OF_REGION before anything is written', async () => {
      const claimBefore = await appDoc(claimId);
      const rehabBefore = await appDoc(rehabId);
      for (const name of ['reviewHealthApplication', 'approveHealthApplication']) {
        expect(codes(await step(health('450703'), name, { applicationId: claimId }))).toEqual([
          'OUT_OF_REGION',
        ]);
        expect(codes(await step(dpf('450703'), name, { applicationId: rehabId }))).toEqual(['OUT_OF_REGION']);
      }
      expect(
        codes(
          await step(
            health('450703'),
            'refuseHealthApplication',
            { applicationId: claimId, reason: 'x' },
            'RefuseHealthApplicationInput',
          ),
        ),
      ).toEqual(['OUT_OF_REGION']);
      expect(
        codes(
          await step(
            health('450703'),
            'disburseHealthApplication',
            { applicationId: claimId, paymentReference: 'P-1' },
            'DisburseHealthApplicationInput',
          ),
        ),
      ).toEqual(['OUT_OF_REGION']);
      expect(await appDoc(claimId)).toEqual(claimBefore);
      expect(await appDoc(rehabId)).toEqual(rehabBefore);
    });

    it('a DPF officer may not decide a medical claim, nor a health officer a rehabilitation application', async () => {
      const before = await appDoc(claimId);
      expect(codes(await step(dpf(), 'reviewHealthApplication', { applicationId: claimId }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(codes(await step(health(), 'reviewHealthApplication', { applicationId: rehabId }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(await appDoc(claimId)).toEqual(before);
    });

    it('a township officer reviews; only the officers of the budget’s county (or the city) approve', async () => {
      const township = health('450702100');
      const reviewed = await step(township, 'reviewHealthApplication', { applicationId: claimId });
      expect(reviewed.errors).toBeUndefined();
      expect(reviewed.data.reviewHealthApplication.steps).toEqual([
        { step: 'SUBMITTED', by: health().userId },
        { step: 'REVIEWED', by: township.userId },
      ]);
      expect(codes(await step(township, 'approveHealthApplication', { applicationId: claimId }))).toEqual([
        'OUT_OF_REGION',
      ]);
      expect((await appDoc(claimId))?.status).toBe('REVIEWED');
      const approved = await step(health(), 'approveHealthApplication', { applicationId: claimId });
      expect(approved.errors).toBeUndefined();
    });

    it('a child of another county cannot be named in a change', async () => {
      const res = await as(
        dpf('450703'),
        `mutation ($input: RecordDisabilityCertificateInput!) { recordDisabilityCertificate(input: $input) { type } }`,
        { input: { childId, type: 'VISION', grade: 1, certifiedOn: yesterday } },
      );
      expect(codes(res)).toEqual(['OUT_OF_REGION']);
      expect(
        (await svc.db.collection('child_facts').findOne({ _id: childId as never }))?.disability.type,
      ).toBe('HEARING');
    });

    it('budgets and standards: only for a region the officer covers; a township officer changes no county’s standard', async () => {
      const setStandard = (user: Identity, regionCode: string) =>
        as(
          user,
          `mutation ($input: SetHealthPolicyStandardInput!) { setHealthPolicyStandard(input: $input) { regionCode setBy } }`,
          {
            input: {
              kind: 'MEDICAL_ASSISTANCE',
              subject: 'OTHER_DIFFICULTY',
              regionCode,
              effectiveFrom: `${year + 1}-01-01`,
              ratioBp: 8_000,
              capFen: 3_000_000,
              reason: '标准调整',
            },
          },
        );
      expect(codes(await setStandard(health('450702100'), '450702'))).toEqual(['OUT_OF_REGION']);
      expect(codes(await setStandard(health('450702'), '450703'))).toEqual(['OUT_OF_REGION']);
      expect(codes(await setStandard(health('450702'), '450700'))).toEqual(['OUT_OF_REGION']);
      const own = await setStandard(health('450702'), '450702');
      expect(own.data?.setHealthPolicyStandard).toEqual({ regionCode: '450702', setBy: health().userId });
      expect(codes(await setStandard(dpf('450700'), '450700'))).toEqual(['FORBIDDEN']);

      const budget = await as(
        health('450703'),
        `mutation ($input: SetHealthBudgetInput!) { setHealthBudget(input: $input) { id } }`,
        {
          input: { regionCode: '450702', programme: 'REHAB', year, limitFen: 1, reason: 'x' },
        },
      );
      expect(codes(budget)).toEqual(['OUT_OF_REGION']);
    });

    it('lists hold the asker’s region and department only', async () => {
      const queue = (user: Identity, region: string) =>
        ok(user, `query ($r: String!) { healthQueue(regionCode: $r) { application { id programme } } }`, {
          r: region,
        });
      expect((await queue(dpf(), '450702')).healthQueue).toEqual([
        { application: { id: rehabId, programme: 'REHAB' } },
      ]);
      expect((await queue(dpf('450703'), '450703')).healthQueue).toEqual([]);
      expect(codes(await as(dpf('450703'), `{ healthQueue(regionCode: "450702") { waitingFor } }`))).toEqual([
        'OUT_OF_REGION',
      ]);
      const budgets = await ok(health('450703'), `{ healthBudgets(regionCode: "450703") { id } }`);
      expect(budgets.healthBudgets).toEqual([]);
      // Standards are public parameters: the city's and the county's, not another county's.
      const standards = await ok(
        aUser('CIVIL_AFFAIRS_OFFICER', '450703'),
        `{ healthPolicyStandards(kind: MEDICAL_ASSISTANCE) { regionCode } }`,
      );
      const regions = new Set(
        standards.healthPolicyStandards.map((s: { regionCode: string }) => s.regionCode),
      );
      expect([...regions]).toEqual(['450700']);
    });
  });

  describe('rule §6 data about minors: sensitive fields', () => {
    const entities = (fields: string) =>
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Child { health { ${fields} } } } }`;
    const r = [{ __typename: 'Child', id: childId }];

    it('Child.health is refused to education, police, township and village roles (the field only)', async () => {
      for (const role of [
        'EDUCATION_OFFICER',
        'SCHOOL_STAFF',
        'POLICE_OFFICER',
        'TOWNSHIP_OFFICER',
        'VILLAGE_SUPERVISOR',
        'ACCESS_AUDITOR',
      ] as Role[]) {
        const res = await as(aUser(role, '450702'), entities('rehabAssistanceAge'), { r });
        expect(res.data?._entities).toEqual([{ health: null }]);
        expect(res.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([
          ['FORBIDDEN', ['_entities', 0, 'health']],
        ]);
      }
    });

    it('the coordinator states why; a child of another county is refused', async () => {
      expect(codes(await as(aUser('COORDINATOR', '450700'), entities('rehabAssistanceAge'), { r }))).toEqual([
        'PURPOSE_REQUIRED',
      ]);
      expect(codes(await as(health('450703'), entities('rehabAssistanceAge'), { r }))).toEqual([
        'OUT_OF_REGION',
      ]);
    });

    it('the DPF sees disability and rehabilitation, not medical claims; civil affairs sees claims, not the diagnosis', async () => {
      const fields = `disability { type grade } rehabServices { id rehab { type } } medicalClaims { id medical { diagnosis } }`;
      const byDpf = await as(dpf(), entities(fields), { r });
      expect(byDpf.data?._entities[0].health).toEqual({
        disability: { type: 'HEARING', grade: 2 },
        rehabServices: [{ id: rehabId, rehab: { type: 'HEARING' } }],
        medicalClaims: null,
      });
      expect(byDpf.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([
        ['FORBIDDEN', ['_entities', 0, 'health', 'medicalClaims']],
      ]);
      const byCivil = await as(aUser('CIVIL_AFFAIRS_OFFICER', '450702'), entities(fields), { r });
      expect(byCivil.data?._entities[0].health.medicalClaims).toEqual([{ id: claimId, medical: null }]);
      expect(byCivil.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([
        ['FORBIDDEN', ['_entities', 0, 'health', 'medicalClaims', 0, 'medical']],
      ]);
      const byHealth = await ok(health(), entities(fields), { r });
      expect(byHealth._entities[0].health.medicalClaims).toEqual([
        { id: claimId, medical: { diagnosis: '白血病' } },
      ]);
    });

    it('a read of the health part and the disability is one access-log record with who, the fields and why', async () => {
      const user = aUser('COORDINATOR', '450700', { purpose: '妇儿工委办季度督查' });
      const added = await accessRecordsAddedBy(svc.db, childId, async () => {
        const res = await as(user, entities('disability { type }'), { r });
        expect(res.errors).toBeUndefined();
      });
      expect(added).toHaveLength(1);
      expect(added[0]).toContain('Child.health');
      expect(added[0]).toContain('ChildHealth.disability');
      expect(added[0]).toContain(user.userId);
      expect(added[0]).toContain('妇儿工委办季度督查');
    });
  });

  describe('rule 五(一) indicators: Region.healthIndicators', () => {
    const q = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region {
      healthIndicators(from: "${year}-01-01", to: "${year}-12-31") { regionCode programmes {
        programme applied { count fen } approved { count fen } paid { count } budgetLimitFen budgetUsedFen } } } } }`;
    const region = (code: string) => ({ r: [{ __typename: 'Region', code }] });

    it('counts the county’s applications and budget use per programme', async () => {
      const data = await ok(health(), q, region('450702'));
      const [medical, rehab] = data._entities[0].healthIndicators.programmes;
      expect(medical).toMatchObject({
        programme: 'MEDICAL_ASSISTANCE',
        applied: { count: 1, fen: 70_000 },
        approved: { count: 1, fen: 70_000 },
        paid: { count: 0 },
        budgetLimitFen: 10_000_000,
        budgetUsedFen: 70_000,
      });
      expect(rehab).toMatchObject({
        programme: 'REHAB',
        applied: { count: 1, fen: 300_000 },
        budgetLimitFen: 0,
      });
    });

    it('is refused for another county’s region and to roles without the field rule', async () => {
      expect(codes(await as(health('450703'), q, region('450702')))).toEqual(['OUT_OF_REGION']);
      expect(codes(await as(aUser('EDUCATION_OFFICER', '450702'), q, region('450702')))).toEqual([
        'FORBIDDEN',
      ]);
      const bad = await as(
        health(),
        q.replace(`from: "${year}-01-01"`, `from: "${year + 1}-01-01"`),
        region('450702'),
      );
      expect(codes(bad)).toEqual(['PERIOD_REVERSED']);
    });
  });
});
