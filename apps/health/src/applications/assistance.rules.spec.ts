import { computeAssistance, rehabRefusal, type RehabCase } from './assistance.rules';

describe('rule 四(三)2 (medical assistance: raised reimbursement ratio and yearly cap): the amount', () => {
  it('hand-worked: 12,345.67 yuan at 70% = 8,641.969 → 8,641.96 yuan, well under the cap', () => {
    expect(computeAssistance(1_234_567, 7_000, 2_000_000, 0)).toMatchObject({
      byRatioFen: 864_196,
      remainingCapFen: 2_000_000,
      amountFen: 864_196,
    });
  });

  it('hand-worked: 10,000 yuan at 90% = 9,000 yuan, but 38,000 of the 40,000 yuan cap is used: 2,000 yuan', () => {
    expect(computeAssistance(1_000_000, 9_000, 4_000_000, 3_800_000)).toMatchObject({
      byRatioFen: 900_000,
      remainingCapFen: 200_000,
      amountFen: 200_000,
    });
  });

  it('a cap used up pays nothing (never a negative amount)', () => {
    expect(computeAssistance(50_000, 8_000, 100_000, 120_000)).toMatchObject({
      remainingCapFen: 0,
      amountFen: 0,
    });
  });
});

describe('rule 四(三)2 (rehabilitation assistance for disabled children aged 0–6, by type): eligibility on the service date', () => {
  const base: RehabCase = {
    programme: 'REHAB',
    birthDate: '2019-12-01',
    serviceDate: '2026-11-01',
    type: 'HEARING',
    service: 'TRAINING',
    disability: { type: 'HEARING', certifiedOn: '2021-01-01' },
    categories: ['DISABLED'],
  };

  it('a child of 6 with a hearing certificate is eligible for hearing training', () => {
    expect(rehabRefusal(base)).toBeNull();
  });

  it('a child aged 7 on the service date is refused, with the age and the date in the reason', () => {
    const r = rehabRefusal({ ...base, serviceDate: '2026-12-01' });
    expect(r).toMatchObject({ code: 'REHAB_AGE_NOT_ELIGIBLE' });
    expect(r?.reason).toContain('was 7 on the service date 2026-12-01');
  });

  it('the age is taken on the service date, not on the day of the application', () => {
    expect(rehabRefusal({ ...base, serviceDate: '2026-11-30' })).toBeNull();
  });

  it('a type other than the certified one is refused', () => {
    expect(rehabRefusal({ ...base, type: 'VISION' })).toMatchObject({
      code: 'DISABILITY_TYPE_NOT_CERTIFIED',
    });
  });

  it('a certificate issued after the service date does not cover it', () => {
    const late = { ...base, disability: { type: 'HEARING' as const, certifiedOn: '2026-11-15' } };
    expect(rehabRefusal(late)).toMatchObject({ code: 'DISABILITY_TYPE_NOT_CERTIFIED' });
  });

  it('明天计划: a scattered orphan of any age is covered for surgery; a child who is not an orphan is not', () => {
    const tomorrow = {
      ...base,
      programme: 'TOMORROW_PLAN' as const,
      service: 'SURGERY' as const,
      birthDate: '2012-01-01',
    };
    expect(rehabRefusal({ ...tomorrow, categories: ['ORPHAN', 'DISABLED'] })).toBeNull();
    expect(rehabRefusal(tomorrow)).toMatchObject({ code: 'TOMORROW_PLAN_NOT_ORPHAN' });
  });
});
