import { classify, NO_CIRCUMSTANCES } from './classification.rules';
import { applyOverrides, type CategoryOverride } from './overrides';

const override = (category: CategoryOverride['category'], include: boolean): CategoryOverride => ({
  category,
  include,
  reason: '县民政局复核认定',
  decidedBy: 'u-7',
  decidedAt: new Date('2026-11-29T02:00:00Z'),
});
const facts = (birthDate: string) => ({ ...NO_CIRCUMSTANCES, birthDate });

describe('classification overrides: a person can decide a category against the rules, with a written reason', () => {
  it('puts a child in a category the recorded facts do not show, naming the reason as its rule', () => {
    const computed = classify(facts('2015-01-01'), '2026-11-29');
    const result = applyOverrides(
      computed,
      [override('DE_FACTO_UNSUPPORTED', true)],
      '2015-01-01',
      '2026-11-29',
    );
    expect(result.categories).toEqual([
      { category: 'DE_FACTO_UNSUPPORTED', rule: 'override by u-7: 县民政局复核认定' },
    ]);
    expect(result.inDifficulty).toBe(true);
  });

  it('takes a child out of a category the rules give, and recomputes the 三(二) precedence', () => {
    const computed = classify(
      {
        ...facts('2015-01-01'),
        parents: ['MIGRANT_WORKER', 'MIGRANT_WORKER'],
        household: { dibao: true, lowIncome: false },
      },
      '2026-11-29',
    );
    expect(computed.protectedAsChildInDifficulty).toBe(true);
    const result = applyOverrides(computed, [override('POVERTY_DIBAO', false)], '2015-01-01', '2026-11-29');
    expect(result.categories.map((c) => c.category)).toEqual(['LEFT_BEHIND']);
    expect(result).toMatchObject({
      leftBehind: true,
      inDifficulty: false,
      protectedAsChildInDifficulty: false,
    });
  });

  it('rule 三(二): an override cannot keep a child left-behind from the 16th birthday', () => {
    const computed = classify(facts('2010-11-29'), '2026-11-29');
    const result = applyOverrides(computed, [override('LEFT_BEHIND', true)], '2010-11-29', '2026-11-29');
    expect(result.leftBehind).toBe(false);
    expect(
      applyOverrides(computed, [override('LEFT_BEHIND', true)], '2010-11-29', '2026-11-28').leftBehind,
    ).toBe(true);
  });
});
