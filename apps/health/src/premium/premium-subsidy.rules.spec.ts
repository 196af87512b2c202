import { computePremiumSubsidy, NO_GROUND_RULE } from './premium-subsidy.rules';
import { premiumBases } from '../facts/facts.rules';
import { NO_FACTS } from '../facts/child-facts.repository';

const benefit = (programme: 'TEKUN_SUPPORT' | 'DIBAO', over = {}) => ({
  benefitId: programme,
  programme,
  status: 'ACTIVE' as const,
  startDate: '2026-01-01',
  endDate: null,
  effectiveDate: '2026-01-01',
  occurredAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('rule 四(三)2 (insurance premium): full subsidy for 特困 support, partial for dibao and severe disability', () => {
  it('特困 support: the whole 400.00 yuan contribution is paid (hand-worked: 40000 × 10000/10000 = 40000 fen)', () => {
    const r = computePremiumSubsidy(40_000, [
      { basis: 'TEKUN', because: 't', ratioBp: 10_000, capFen: null },
    ]);
    expect(r).toMatchObject({ basis: 'TEKUN', amountFen: 40_000, ratioBp: 10_000 });
  });

  it('dibao at 50%: 400.00 yuan → 200.00 yuan; at 33.33% of 380.00 yuan → 126.65 yuan, rounded down to the fen', () => {
    expect(
      computePremiumSubsidy(40_000, [{ basis: 'DIBAO', because: 'd', ratioBp: 5_000, capFen: null }])
        .amountFen,
    ).toBe(20_000);
    // 38000 × 3333 / 10000 = 12665.4 → 12665
    expect(
      computePremiumSubsidy(38_000, [{ basis: 'DIBAO', because: 'd', ratioBp: 3_333, capFen: null }])
        .amountFen,
    ).toBe(12_665);
  });

  it('a cap limits a partial subsidy: 60% of 400.00 = 240.00, capped at 180.00 yuan', () => {
    const r = computePremiumSubsidy(40_000, [
      { basis: 'SEVERELY_DISABLED', because: 's', ratioBp: 6_000, capFen: 18_000 },
    ]);
    expect(r.amountFen).toBe(18_000);
  });

  it('several grounds: the most favourable one decides, and the decision names its rule', () => {
    const r = computePremiumSubsidy(40_000, [
      { basis: 'DIBAO', because: 'dibao rule', ratioBp: 5_000, capFen: null },
      { basis: 'TEKUN', because: 'tekun rule', ratioBp: 10_000, capFen: null },
    ]);
    expect(r).toMatchObject({ basis: 'TEKUN', amountFen: 40_000, rule: 'tekun rule' });
  });

  it('no ground: nothing is paid, and the rule says why', () => {
    expect(computePremiumSubsidy(40_000, [])).toMatchObject({
      basis: null,
      amountFen: 0,
      rule: NO_GROUND_RULE,
    });
  });
});

describe('rule 四(三)2 (insurance premium): the grounds come from assistance benefits, registry categories and the disability grade', () => {
  const ON = '2026-06-01';

  it('an active TEKUN_SUPPORT benefit is the 特困 ground; an ended one is not', () => {
    expect(
      premiumBases({ ...NO_FACTS('c'), benefits: { b: benefit('TEKUN_SUPPORT') } }, ON).map((b) => b.basis),
    ).toEqual(['TEKUN']);
    const ended = { b: benefit('TEKUN_SUPPORT', { status: 'ENDED' }) };
    expect(premiumBases({ ...NO_FACTS('c'), benefits: ended }, ON)).toEqual([]);
  });

  it('a benefit past its last paid day no longer counts', () => {
    const past = { b: benefit('DIBAO', { endDate: '2026-05-31' }) };
    expect(premiumBases({ ...NO_FACTS('c'), benefits: past }, ON)).toEqual([]);
  });

  it('the registry’s POVERTY_DIBAO category is a dibao ground even before assistance has a benefit', () => {
    expect(premiumBases({ ...NO_FACTS('c'), categories: ['POVERTY_DIBAO'] }, ON).map((b) => b.basis)).toEqual(
      ['DIBAO'],
    );
  });

  it('disability grades 1 and 2 are severe; grade 3 is not', () => {
    const disability = (grade: number) => ({
      type: 'HEARING' as const,
      grade,
      certifiedOn: '2025-01-01',
      recordedBy: 'x',
      recordedAt: new Date(),
    });
    expect(premiumBases({ ...NO_FACTS('c'), disability: disability(2) }, ON).map((b) => b.basis)).toEqual([
      'SEVERELY_DISABLED',
    ]);
    expect(premiumBases({ ...NO_FACTS('c'), disability: disability(3) }, ON)).toEqual([]);
  });
});
