import { HealthStack } from './health-stack';

const APPLICATION = `id status approvedAmountFen budgetId: id computation { amountFen }`;

/**
 * Budgets per county, programme and year (DOMAIN §3): approvals reserve budget and never exceed
 * it, even all at once — 50 concurrent approvals against a budget that covers 30, on the real
 * store, through the service as it runs.
 */
describe('health: approvals against a budget, all at once', () => {
  const stack = HealthStack.forThisFile();
  const { today, year } = stack;

  async function ok<T = any>(query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await stack.gql(query, variables);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  }

  const submit = (childId: string) =>
    ok(
      `mutation ($input: SubmitMedicalClaimInput!) { submitMedicalClaim(input: $input) { ${APPLICATION} } }`,
      {
        input: {
          childId,
          serviceDate: today,
          hospital: '钦州市第一人民医院',
          diagnosis: '肺炎',
          expenseFen: 10_000,
        },
      },
    ).then((d) => d.submitMedicalClaim);
  const review = (applicationId: string) =>
    ok(`mutation ($input: HealthWorkflowStepInput!) { reviewHealthApplication(input: $input) { status } }`, {
      input: { applicationId, note: '材料齐全' },
    });
  const approve = (applicationId: string) =>
    stack.gql(
      `mutation ($input: HealthWorkflowStepInput!) { approveHealthApplication(input: $input) { ${APPLICATION} } }`,
      {
        input: { applicationId },
      },
    );

  it('50 approvals at once against a budget for 30: exactly 30 approved, 20 refused saying why, used = the sum of the 30', async () => {
    const children = await stack.childrenInDifficulty(50);
    const claims = await Promise.all(children.map(submit));
    // 100.00 yuan of expenses at the placeholder 70% for children in difficulty: 70.00 yuan each.
    expect(claims.every((c) => c.computation.amountFen === 7_000)).toBe(true);
    for (const c of claims) await review(c.id);
    await ok(`mutation ($input: SetHealthBudgetInput!) { setHealthBudget(input: $input) { id } }`, {
      input: {
        regionCode: '450702',
        programme: 'MEDICAL_ASSISTANCE',
        year,
        limitFen: 30 * 7_000,
        reason: '钦南区医疗救助预算',
      },
    });

    const results = await Promise.all(claims.map((c) => approve(c.id)));

    const approved = results.filter((r) => !r.errors).map((r) => r.data.approveHealthApplication);
    const refused = results.filter((r) => r.errors);
    expect(approved).toHaveLength(30);
    expect(refused).toHaveLength(20);
    for (const r of refused) {
      expect(r.errors?.[0].extensions).toMatchObject({
        code: 'BUDGET_EXCEEDED',
        remainingFen: 0,
        neededFen: 7_000,
      });
      expect(r.errors?.[0].message).toContain(
        `the MEDICAL_ASSISTANCE budget of 450702 for ${year} has 0.00 yuan left`,
      );
    }
    const budget = await stack.connection
      .collection('health_budgets')
      .findOne({ _id: `450702:MEDICAL_ASSISTANCE:${year}` as never });
    const sum = approved.reduce((s, a) => s + a.approvedAmountFen, 0);
    expect(sum).toBe(210_000);
    expect(budget?.usedFen).toBe(sum);
    expect(Object.keys(budget?.reservations ?? {}).sort()).toEqual(approved.map((a) => a.id).sort());
    // The refused ones are still reviewed, waiting for approval (e.g. once the budget is raised).
    const statuses = await stack.connection
      .collection('health_applications')
      .find({ _id: { $in: claims.map((c) => c.id) as never[] } })
      .toArray();
    expect(statuses.filter((a) => a.status === 'APPROVED')).toHaveLength(30);
    expect(statuses.filter((a) => a.status === 'REVIEWED')).toHaveLength(20);

    const usage = await ok(
      `query ($r: String!, $y: Int) { healthBudgets(regionCode: $r, year: $y) { limitFen usedFen remainingFen usedBp approvals } }`,
      { r: '450702', y: year },
    );
    expect(usage.healthBudgets).toEqual([
      { limitFen: 210_000, usedFen: 210_000, remainingFen: 0, usedBp: 10_000, approvals: 30 },
    ]);
    // The limit can be raised, never lowered below what approvals reserved.
    const lower = await stack.gql(
      `mutation ($input: SetHealthBudgetInput!) { setHealthBudget(input: $input) { id } }`,
      {
        input: {
          regionCode: '450702',
          programme: 'MEDICAL_ASSISTANCE',
          year,
          limitFen: 200_000,
          reason: '调减',
        },
      },
    );
    expect(lower.errors?.[0].extensions).toMatchObject({
      code: 'BUDGET_BELOW_USED',
      field: 'input.limitFen',
    });
  }, 300_000);
});
