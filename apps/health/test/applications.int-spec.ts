import type { Identity } from '@qz/identity';
import { DPF_CITY, HealthStack, HEALTH_CITY } from './health-stack';

const APPLICATION = `id programme status serviceDate costFen approvedAmountFen paymentReference
  computation { costFen ratioBp capFen usedThisYearFen byRatioFen remainingCapFen amountFen subject rule standard { version } }
  refusal { code reason rule by } steps { step by at note } rehab { type service institutionName }`;

/** Shifts a YYYY-MM-DD date by whole years and days. */
function shift(date: string, years: number, days = 0): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Rehabilitation and medical assistance through the service as it runs, against the real store
 * and broker: eligibility on the service date, the computation shown, every workflow step with who
 * and when, the officer's queue, and bad input refused with a code and nothing written.
 */
describe('health: rehabilitation and medical assistance applications', () => {
  const stack = HealthStack.forThisFile();
  // Waits on Kafka have generous timeouts (a loaded machine); the tests' own limit follows them.
  jest.setTimeout(300_000);
  const { today, year } = stack;

  const applyForRehab = (input: object) =>
    stack.gql(
      `mutation ($input: ApplyForRehabInput!) { applyForRehab(input: $input) { ${APPLICATION} } }`,
      { input },
      DPF_CITY,
    );
  const submitClaim = (input: object) =>
    stack.gql(
      `mutation ($input: SubmitMedicalClaimInput!) { submitMedicalClaim(input: $input) { ${APPLICATION} } }`,
      {
        input,
      },
    );
  const step = (name: string, input: object, type = 'HealthWorkflowStepInput', as: Identity = HEALTH_CITY) =>
    stack.gql(`mutation ($input: ${type}!) { ${name}(input: $input) { ${APPLICATION} } }`, { input }, as);
  /** Rehabilitation applications are the DPF's work. */
  const dpfStep = (name: string, input: object, type = 'HealthWorkflowStepInput') =>
    step(name, input, type, DPF_CITY);
  const recordDisability = (childId: string, type: string, grade = 2) =>
    stack.gql(
      `mutation ($input: RecordDisabilityCertificateInput!) { recordDisabilityCertificate(input: $input) { type grade } }`,
      {
        input: { childId, type, grade, certifiedOn: shift(today, -1) },
      },
      DPF_CITY,
    );
  const setBudget = (programme: string, limitFen: number) =>
    stack.gql(`mutation ($input: SetHealthBudgetInput!) { setHealthBudget(input: $input) { id } }`, {
      input: { regionCode: '450702', programme, year, limitFen, reason: '年度预算' },
    });
  const applications = () => stack.connection.collection('health_applications').countDocuments({});

  it('a rehabilitation application for a child aged 7 on the service date is refused with the reason', async () => {
    const childId = await stack.registerChild(shift(today, -7, -10));
    expect((await recordDisability(childId, 'HEARING')).errors).toBeUndefined();
    const res = await applyForRehab({
      childId,
      programme: 'REHAB',
      disabilityType: 'HEARING',
      service: 'TRAINING',
      institutionId: 'QZ-MATERNAL-CHILD',
      serviceDate: today,
      costFen: 200_000,
    });
    expect(res.errors).toBeUndefined();
    const app = res.data.applyForRehab;
    expect(app).toMatchObject({
      status: 'REFUSED',
      computation: null,
      refusal: { code: 'REHAB_AGE_NOT_ELIGIBLE', by: 'health:eligibility-rules' },
    });
    expect(app.refusal.reason).toContain(`the child was 7 on the service date ${today}`);
    expect(app.refusal.rule).toMatch(/^四\(三\)2: rehabilitation assistance for children aged 0–6/);
    expect(app.steps.map((s: { step: string }) => s.step)).toEqual(['SUBMITTED', 'REFUSED']);
    // Refused, so nothing waits in the queue.
    const queue = await stack.gql(
      `{ healthQueue(regionCode: "450702") { application { id } } }`,
      {},
      DPF_CITY,
    );
    expect(
      queue.data.healthQueue.map((i: { application: { id: string } }) => i.application.id),
    ).not.toContain(app.id);
  });

  it('a child of 4 with a hearing certificate goes through review, approval and disbursement, each step with who and when', async () => {
    const childId = await stack.registerChild(shift(today, -4));
    await recordDisability(childId, 'HEARING');
    const applied = await applyForRehab({
      childId,
      programme: 'REHAB',
      disabilityType: 'HEARING',
      service: 'TRAINING',
      institutionId: 'QZ-MATERNAL-CHILD',
      serviceDate: today,
      costFen: 300_000,
    });
    expect(applied.errors).toBeUndefined();
    const app = applied.data.applyForRehab;
    // Placeholder standard: training paid in full up to 24,000.00 yuan a year.
    expect(app.computation).toMatchObject({
      costFen: 300_000,
      ratioBp: 10_000,
      capFen: 2_400_000,
      usedThisYearFen: 0,
      amountFen: 300_000,
      subject: 'HEARING:TRAINING',
    });

    const early = await dpfStep('approveHealthApplication', { applicationId: app.id });
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'APPLICATION_NOT_REVIEWED',
      field: 'input.applicationId',
    });

    const queued = await stack.gql(
      `{ healthQueue(regionCode: "450702") { application { id } waitingFor waitingDays waitingSince } }`,
      {},
      DPF_CITY,
    );
    expect(queued.data.healthQueue).toContainEqual(
      expect.objectContaining({ application: { id: app.id }, waitingFor: 'REVIEW', waitingDays: 0 }),
    );

    expect(
      (await dpfStep('reviewHealthApplication', { applicationId: app.id, note: '残疾证、评估报告齐全' }))
        .errors,
    ).toBeUndefined();
    const noBudget = await dpfStep('approveHealthApplication', { applicationId: app.id });
    expect(noBudget.errors?.[0].extensions).toMatchObject({ code: 'BUDGET_NOT_SET' });
    await setBudget('REHAB', 1_000_000);
    const approved = await dpfStep('approveHealthApplication', { applicationId: app.id, note: '同意' });
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approveHealthApplication).toMatchObject({
      status: 'APPROVED',
      approvedAmountFen: 300_000,
    });

    const paid = await dpfStep(
      'disburseHealthApplication',
      { applicationId: app.id, paymentReference: 'PAY-2026-0001' },
      'DisburseHealthApplicationInput',
    );
    expect(paid.errors).toBeUndefined();
    const done = paid.data.disburseHealthApplication;
    expect(done).toMatchObject({ status: 'DISBURSED', paymentReference: 'PAY-2026-0001' });
    expect(done.steps.map((s: { step: string; by: string }) => [s.step, s.by])).toEqual([
      ['SUBMITTED', 'test-dpf_officer-450700'],
      ['REVIEWED', 'test-dpf_officer-450700'],
      ['APPROVED', 'test-dpf_officer-450700'],
      ['DISBURSED', 'test-dpf_officer-450700'],
    ]);
    expect(done.steps.every((s: { at: string }) => !Number.isNaN(Date.parse(s.at)))).toBe(true);
    const budget = await stack.gql(
      `{ healthBudgets(regionCode: "450702", year: ${year}) { programme usedFen disbursedFen remainingFen } }`,
    );
    expect(budget.data.healthBudgets).toContainEqual({
      programme: 'REHAB',
      usedFen: 300_000,
      disbursedFen: 300_000,
      remainingFen: 700_000,
    });

    const child = await stack.childHealth(childId, `rehabServices { id status } disability { type grade }`);
    expect(child).toMatchObject({
      rehabServices: [{ id: app.id, status: 'DISBURSED' }],
      disability: { type: 'HEARING', grade: 2 },
    });
  });

  it('a medical claim shows amount, ratio, cap and what was used this year; the next claim counts the first', async () => {
    const [childId] = await stack.childrenInDifficulty(1);
    await setBudget('MEDICAL_ASSISTANCE', 10_000_000);
    const claim = {
      childId,
      serviceDate: today,
      hospital: '钦州市第一人民医院',
      diagnosis: '白血病',
      expenseFen: 2_500_000,
    };
    const first = (await submitClaim(claim)).data.submitMedicalClaim;
    // 25,000.00 yuan at 70% = 17,500.00 yuan, under the 20,000.00 yuan cap.
    expect(first.computation).toMatchObject({
      ratioBp: 7_000,
      capFen: 2_000_000,
      usedThisYearFen: 0,
      byRatioFen: 1_750_000,
      amountFen: 1_750_000,
    });
    expect(first.computation.rule).toMatch(/^四\(三\)2: medical assistance with a raised ratio and cap/);
    await step('reviewHealthApplication', { applicationId: first.id });
    await step('approveHealthApplication', { applicationId: first.id });

    const second = (await submitClaim(claim)).data.submitMedicalClaim;
    // Only 2,500.00 yuan of the cap is left.
    expect(second.computation).toMatchObject({
      usedThisYearFen: 1_750_000,
      byRatioFen: 1_750_000,
      remainingCapFen: 250_000,
      amountFen: 250_000,
    });
    const claims = await stack.childHealth(childId, `medicalClaims { id computation { amountFen } }`);
    expect(claims.medicalClaims.map((c: { id: string }) => c.id)).toEqual([second.id, first.id]);
  });

  it('an officer refuses a claim with a reason; a refused application takes no further step', async () => {
    const [childId] = await stack.childrenInDifficulty(1);
    const claim = (
      await submitClaim({
        childId,
        serviceDate: today,
        hospital: '医院',
        diagnosis: '感冒',
        expenseFen: 5_000,
      })
    ).data.submitMedicalClaim;
    const refused = await step(
      'refuseHealthApplication',
      { applicationId: claim.id, reason: '门诊费用不属于医疗救助范围' },
      'RefuseHealthApplicationInput',
    );
    expect(refused.data.refuseHealthApplication).toMatchObject({
      status: 'REFUSED',
      refusal: { code: 'REFUSED_BY_OFFICER', reason: '门诊费用不属于医疗救助范围', by: HEALTH_CITY.userId },
    });
    const after = await step('reviewHealthApplication', { applicationId: claim.id });
    expect(after.errors?.[0].extensions).toMatchObject({
      code: 'APPLICATION_CLOSED',
      applicationStatus: 'REFUSED',
    });
  });

  it('refuses bad input with a code naming the field, and writes nothing', async () => {
    const [childId] = await stack.childrenInDifficulty(1);
    const before = await applications();
    const claim = { childId, serviceDate: today, hospital: '医院', diagnosis: '肺炎', expenseFen: 10_000 };
    const rehab = {
      childId,
      programme: 'REHAB',
      disabilityType: 'HEARING',
      service: 'TRAINING',
      institutionId: 'QZ-MATERNAL-CHILD',
      serviceDate: today,
      costFen: 10_000,
    };
    const cases: [
      Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>,
      string,
      string | undefined,
    ][] = [
      [submitClaim({ ...claim, childId: 'no-such-child' }), 'CHILD_NOT_FOUND', 'input.childId'],
      [submitClaim({ ...claim, expenseFen: -500 }), 'AMOUNT_NOT_POSITIVE', 'input.expenseFen'],
      [submitClaim({ ...claim, expenseFen: '100元' }), 'AMOUNT_NOT_WHOLE_FEN', 'input.expenseFen'],
      [submitClaim({ ...claim, expenseFen: 100.5 }), 'AMOUNT_NOT_WHOLE_FEN', 'input.expenseFen'],
      [submitClaim({ ...claim, serviceDate: shift(today, 0, 2) }), 'DATE_IN_FUTURE', 'input.serviceDate'],
      [submitClaim({ ...claim, serviceDate: '2026-02-30' }), 'INVALID_DATE', 'input.serviceDate'],
      [
        submitClaim({ ...claim, serviceDate: shift(today, 0, -3) }),
        'CLAIM_BEFORE_ELIGIBILITY',
        'input.serviceDate',
      ],
      [submitClaim({ ...claim, diagnosis: '病'.repeat(5_000) }), 'FIELD_TOO_LONG', 'input.diagnosis'],
      [
        applyForRehab({ ...rehab, institutionId: 'NO-SUCH-CLINIC' }),
        'UNKNOWN_INSTITUTION',
        'input.institutionId',
      ],
      [
        applyForRehab({ ...rehab, disabilityType: 'TELEPATHY' }),
        'UNKNOWN_DISABILITY_TYPE',
        'input.disabilityType',
      ],
      [
        applyForRehab({ ...rehab, institutionId: 'LS-REHAB' }),
        'INSTITUTION_NOT_DESIGNATED_FOR_SERVICE',
        'input.institutionId',
      ],
      [applyForRehab({ ...rehab, costFen: 0 }), 'AMOUNT_NOT_POSITIVE', 'input.costFen'],
      [
        step('approveHealthApplication', { applicationId: 'no-such-application' }),
        'APPLICATION_NOT_FOUND',
        'input.applicationId',
      ],
    ];
    for (const [request, code, field] of cases) {
      const res = await request;
      expect(res.errors?.[0].extensions).toMatchObject({ code, field });
    }
    expect(await applications()).toBe(before);
  });

  it('refuses bad budgets and region codes with a code naming the field', async () => {
    const budget = (input: object) =>
      stack.gql(`mutation ($input: SetHealthBudgetInput!) { setHealthBudget(input: $input) { id } }`, {
        input: {
          regionCode: '450722',
          programme: 'REHAB',
          year,
          limitFen: 100_000,
          reason: '预算',
          ...input,
        },
      });
    expect((await budget({ regionCode: '450700' })).errors?.[0].extensions).toMatchObject({
      code: 'UNKNOWN_REGION',
      field: 'input.regionCode',
    });
    expect((await budget({ limitFen: -1 })).errors?.[0].extensions).toMatchObject({
      code: 'AMOUNT_NOT_POSITIVE',
      field: 'input.limitFen',
    });
    expect((await budget({ reason: '预'.repeat(600) })).errors?.[0].extensions).toMatchObject({
      code: 'FIELD_TOO_LONG',
      field: 'input.reason',
    });
    const queue = await stack.gql(`query ($r: String!) { healthQueue(regionCode: $r) { waitingFor } }`, {
      r: '9'.repeat(10_000),
    });
    expect(queue.errors?.[0].extensions).toMatchObject({ code: 'UNKNOWN_REGION', field: 'regionCode' });
    expect(queue.errors?.[0].message.length).toBeLessThan(200);
    const budgets = await stack.gql(`{ healthBudgets(regionCode: "450722") { id } }`);
    expect(budgets.data.healthBudgets).toEqual([]);
  });

  it('a new year’s standard does not change this year’s decisions; every version stays in the audit trail', async () => {
    const setStandard = (input: object) =>
      stack.gql(
        `mutation ($input: SetHealthPolicyStandardInput!) { setHealthPolicyStandard(input: $input) { id version setBy } }`,
        {
          input,
        },
      );
    const next = await setStandard({
      kind: 'MEDICAL_ASSISTANCE',
      subject: 'OTHER_DIFFICULTY',
      regionCode: '450700',
      effectiveFrom: `${year + 1}-01-01`,
      ratioBp: 8_000,
      capFen: 3_000_000,
      reason: '钦州市医疗救助标准调整',
    });
    expect(next.errors).toBeUndefined();
    const [childId] = await stack.childrenInDifficulty(1);
    const claim = (
      await submitClaim({
        childId,
        serviceDate: today,
        hospital: '医院',
        diagnosis: '肺炎',
        expenseFen: 10_000,
      })
    ).data.submitMedicalClaim;
    expect(claim.computation).toMatchObject({ ratioBp: 7_000, capFen: 2_000_000, standard: { version: 1 } });

    const bad = await setStandard({
      kind: 'MEDICAL_ASSISTANCE',
      subject: 'OTHER_DIFFICULTY',
      regionCode: '450700',
      effectiveFrom: `${year + 1}-01-01`,
      ratioBp: 12_000,
      capFen: 1,
      reason: 'x',
    });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'RATIO_OUT_OF_RANGE', field: 'input.ratioBp' });
    const missing = await setStandard({
      kind: 'MEDICAL_ASSISTANCE',
      subject: 'OTHER_DIFFICULTY',
      regionCode: '450700',
      effectiveFrom: `${year + 1}-01-01`,
      ratioBp: 8_000,
      reason: 'x',
    });
    expect(missing.errors?.[0].extensions).toMatchObject({
      code: 'STANDARD_VALUE_MISSING',
      field: 'input.capFen',
    });

    const audit = await stack.gql(
      `{ healthPolicyStandards(kind: MEDICAL_ASSISTANCE) { subject effectiveFrom version ratioBp setBy reason } }`,
    );
    const other = audit.data.healthPolicyStandards.filter(
      (s: { subject: string }) => s.subject === 'OTHER_DIFFICULTY',
    );
    expect(
      other.map((s: { effectiveFrom: string; ratioBp: number }) => [s.effectiveFrom, s.ratioBp]),
    ).toEqual([
      ['2024-01-01', 7_000],
      [`${year + 1}-01-01`, 8_000],
    ]);
  });
});
