import { classify, NO_CIRCUMSTANCES, type ClassificationFacts } from './classification.rules';

const ON = '2026-11-29';
const facts = (over: Partial<ClassificationFacts> = {}): ClassificationFacts => ({
  ...NO_CIRCUMSTANCES,
  birthDate: '2012-01-01',
  parents: ['AT_HOME', 'AT_HOME'],
  ...over,
});
const categories = (f: ClassificationFacts, on = ON) => classify(f, on).categories.map((c) => c.category);

describe('classification of 三「保障范围」', () => {
  it('a child living with both parents at home, with no recorded hardship, is in no category', () => {
    expect(classify(facts(), ON)).toEqual({
      categories: [],
      inDifficulty: false,
      leftBehind: false,
      protectedAsChildInDifficulty: false,
    });
  });

  it('三(一)1: a dibao household puts the child in poverty (dibao); low-income certification likewise', () => {
    expect(categories(facts({ household: { dibao: true, lowIncome: false } }))).toEqual(['POVERTY_DIBAO']);
    expect(categories(facts({ household: { dibao: false, lowIncome: true } }))).toEqual([
      'POVERTY_LOW_INCOME',
    ]);
  });

  it('三(一)1: a dibao or low-income certification counts up to its last day, not after', () => {
    const household = {
      dibao: true,
      lowIncome: true,
      dibaoUntil: '2026-11-29',
      lowIncomeUntil: '2026-11-28',
    };
    expect(categories(facts({ household }))).toEqual(['POVERTY_DIBAO']);
    expect(categories(facts({ household }), '2026-11-30')).toEqual([]);
  });

  it('三(一)2: both parents dead, or both cannot be found, makes an orphan, not de-facto unsupported', () => {
    expect(categories(facts({ parents: ['DECEASED', 'DECEASED'] }))).toEqual(['ORPHAN']);
    expect(categories(facts({ parents: ['MISSING', 'DECEASED'] }))).toEqual(['ORPHAN']);
  });

  it('三(一)2: a parent in prison and the other dead makes the child de-facto unsupported (事实无人抚养)', () => {
    expect(categories(facts({ parents: ['IMPRISONED', 'DECEASED'] }))).toEqual(['DE_FACTO_UNSUPPORTED']);
    expect(categories(facts({ parents: ['COMPULSORY_DRUG_REHAB', 'SERIOUSLY_ILL_OR_DISABLED'] }))).toEqual([
      'DE_FACTO_UNSUPPORTED',
    ]);
  });

  it('四(一)2, 四(二)5: a court that revoked the guardianship and appointed civil affairs or a welfare institution makes the child de-facto unsupported', () => {
    expect(categories(facts({ parents: ['AT_HOME', 'AT_HOME'], stateGuardianAppointed: true }))).toEqual([
      'DE_FACTO_UNSUPPORTED',
    ]);
    // Orphans stay orphans: the orphan guarantee, not 特困 support.
    expect(categories(facts({ parents: ['DECEASED', 'MISSING'], stateGuardianAppointed: true }))).toEqual([
      'ORPHAN',
    ]);
  });

  it('三(一)2: one capable parent at home means the child is supported', () => {
    expect(categories(facts({ parents: ['IMPRISONED', 'AT_HOME'] }))).toEqual([]);
  });

  it('三(一)2: a parent not recorded satisfies no guardianship rule', () => {
    expect(categories(facts({ parents: ['DECEASED'] }))).toEqual([]);
  });

  it('三(一)2-4: recorded abandonment, street life, trafficking rescue and temporary loss of family each count', () => {
    expect(
      categories(
        facts({
          abandonedInfant: true,
          streetChild: true,
          traffickingRescued: true,
          temporarilyWithoutFamily: true,
        }),
      ),
    ).toEqual(['ABANDONED_INFANT', 'STREET_CHILD', 'TRAFFICKING_RESCUED', 'TEMPORARILY_WITHOUT_FAMILY']);
  });

  it('三(一)3: a disability certificate, a serious illness and being affected by AIDS each count', () => {
    expect(
      categories(facts({ disabilityCertificate: true, seriousIllness: true, aidsAffected: true })),
    ).toEqual(['DISABLED', 'SERIOUSLY_ILL', 'AIDS_AFFECTED']);
  });

  it('三(二): both parents migrant workers and the child aged 15 makes a left-behind child', () => {
    const c = classify(facts({ birthDate: '2011-06-01', parents: ['MIGRANT_WORKER', 'MIGRANT_WORKER'] }), ON);
    expect(c.categories.map((x) => x.category)).toEqual(['LEFT_BEHIND']);
    expect(c.leftBehind).toBe(true);
    expect(c.protectedAsChildInDifficulty).toBe(false);
  });

  it('三(二): left-behind status ends on the 16th birthday', () => {
    const f = facts({ birthDate: '2010-11-29', parents: ['MIGRANT_WORKER', 'MIGRANT_WORKER'] });
    expect(categories(f, '2026-11-28')).toEqual(['LEFT_BEHIND']);
    expect(categories(f, '2026-11-29')).toEqual([]);
  });

  it('三(二): one parent away and the other without guardianship capacity makes a left-behind child', () => {
    expect(categories(facts({ parents: ['MIGRANT_WORKER', 'SERIOUSLY_ILL_OR_DISABLED'] }))).toEqual([
      'LEFT_BEHIND',
    ]);
  });

  it('三(二): one parent away and the other at home is not a left-behind child', () => {
    expect(categories(facts({ parents: ['MIGRANT_WORKER', 'AT_HOME'] }))).toEqual([]);
  });

  it('三(二) last line: a left-behind child in a dibao household shows both, and is protected as a child in difficulty', () => {
    const c = classify(
      facts({ parents: ['MIGRANT_WORKER', 'MIGRANT_WORKER'], household: { dibao: true, lowIncome: false } }),
      ON,
    );
    expect(c.categories.map((x) => x.category)).toEqual(['POVERTY_DIBAO', 'LEFT_BEHIND']);
    expect(c).toMatchObject({ inDifficulty: true, leftBehind: true, protectedAsChildInDifficulty: true });
  });

  it('names the rule behind every category', () => {
    const c = classify(facts({ parents: ['IMPRISONED', 'DECEASED'] }), ON);
    expect(c.categories[0].rule).toMatch(/^三\(一\)2: /);
  });
});
