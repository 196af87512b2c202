import { BenefitEndedV1, BenefitGrantedV1, ChildClassifiedV1, type BenefitPayload } from '@qz/contracts';
import { waitFor } from '@qz/testing';
import { HealthStack } from './health-stack';

const SUBSIDY = `premiumSubsidies { year basis amountFen contributionFen ratioBp rule cause
  subsidyStandard { standardId version } history { basis amountFen rule } }`;

/**
 * Flows 1 and 4 (docs/domain/flows.md) against the real broker and store: assistance's benefit events and
 * the registry's classification reach health over Kafka and the premium subsidy follows them.
 */
describe('health: insurance-premium subsidy recomputed from events (四(三)2)', () => {
  const stack = new HealthStack();
  // Waits on Kafka have generous timeouts (a loaded machine); the tests' own limit follows them.
  jest.setTimeout(300_000);
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

  beforeAll(() => stack.start());
  afterAll(() => stack.stop());

  const benefit = (childId: string, over: Partial<BenefitPayload>): BenefitPayload => ({
    benefitId: `b-${childId}`,
    childId,
    programme: 'TEKUN_SUPPORT',
    regionCode: '450702',
    status: 'ACTIVE',
    monthlyAmountFen: 120_000,
    startDate: `${year}-01-01`,
    endDate: null,
    reason: '特困供养审批',
    effectiveDate: `${year}-01-01`,
    ...over,
  });

  const subsidyOf = async (childId: string, check: (s: any) => boolean) =>
    waitFor(
      `the premium subsidy of ${childId}`,
      async () => {
        const h = await stack.childHealth(childId, SUBSIDY);
        const s = h?.premiumSubsidies?.[0];
        return s && check(s) ? s : null;
      },
      { timeoutMs: 90_000 },
    );

  it('a child granted 特困 support in assistance gets the full contribution paid, with the rule', async () => {
    const childId = await stack.registerChild('2015-04-04');
    await stack.publish(BenefitGrantedV1, childId, '450702', benefit(childId, {}));
    const s = await subsidyOf(childId, (x) => x.basis === 'TEKUN');
    // The placeholder standards: a 400.00 yuan contribution, 特困 subsidised at 100%.
    expect(s).toMatchObject({
      year,
      basis: 'TEKUN',
      amountFen: 40_000,
      contributionFen: 40_000,
      ratioBp: 10_000,
    });
    expect(s.rule).toMatch(/^四\(三\)2: in 特困 support/);
    expect(s.cause).toMatch(/^assistance\.benefit\.granted /);
  });

  it('a child leaving dibao has the subsidy recomputed to nothing, the earlier decision kept', async () => {
    const childId = await stack.registerChild('2016-05-05');
    const dibao = benefit(childId, { programme: 'DIBAO', monthlyAmountFen: 45_000, reason: '低保审批' });
    await stack.publish(BenefitGrantedV1, childId, '450702', dibao);
    const partial = await subsidyOf(childId, (x) => x.basis === 'DIBAO');
    expect(partial).toMatchObject({ amountFen: 20_000, ratioBp: 5_000 });

    await stack.publish(BenefitEndedV1, childId, '450702', {
      ...dibao,
      status: 'ENDED',
      reason: '家庭收入超过低保标准，退出低保',
      effectiveDate: `${year}-01-02`,
    });
    const after = await subsidyOf(childId, (x) => x.basis === null);
    expect(after).toMatchObject({ amountFen: 0, ratioBp: 0 });
    expect(after.rule).toMatch(/no ground for a premium subsidy/);
    expect(after.history).toEqual([expect.objectContaining({ basis: 'DIBAO', amountFen: 20_000 })]);
  });

  it('the registry’s dibao category gives the partial subsidy; 特困 granted later raises it to full', async () => {
    const childId = await stack.registerChild('2014-06-06');
    await stack.publish(ChildClassifiedV1, childId, '450702', {
      childId,
      categories: ['POVERTY_DIBAO'],
      added: ['POVERTY_DIBAO'],
      removed: [],
      leftBehind: false,
      inDifficulty: true,
      protectedAsChildInDifficulty: false,
      reason: '低保审批',
    });
    await subsidyOf(childId, (x) => x.basis === 'DIBAO');
    await stack.publish(BenefitGrantedV1, childId, '450702', benefit(childId, {}));
    const full = await subsidyOf(childId, (x) => x.basis === 'TEKUN');
    expect(full.amountFen).toBe(40_000);
    expect(full.history.map((h: { basis: string }) => h.basis)).toEqual(['DIBAO']);
  });

  it('the same benefit announced again leaves the decision as it is (no new history entry)', async () => {
    const childId = await stack.registerChild('2017-07-07');
    await stack.publish(BenefitGrantedV1, childId, '450702', benefit(childId, {}));
    await subsidyOf(childId, (x) => x.basis === 'TEKUN');
    await stack.publish(BenefitGrantedV1, childId, '450702', benefit(childId, { reason: '复核' }));
    await waitFor('the second event to be handled', async () =>
      (await stack.connection.collection('inbox').countDocuments({})) >= 2 ? true : null,
    );
    const again = await stack.childHealth(childId, SUBSIDY);
    expect(again.premiumSubsidies[0].history).toEqual([]);
  });
});
