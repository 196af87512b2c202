import { eligibleProgrammes, type EligibilityFacts } from './eligibility.rules';

const ON = '2026-11-29';
const programmes = (categories: string[], birthDate = '2014-03-09', on = ON) =>
  eligibleProgrammes({ categories, birthDate } as EligibilityFacts, on).map((e) => e.programme);

describe('rule 四(三)1 orphan allowance: no legal supporter or parents cannot be found', () => {
  it('an orphan qualifies, and the rule says why', () => {
    expect(eligibleProgrammes({ categories: ['ORPHAN'], birthDate: '2014-03-09' }, ON)).toEqual([
      { programme: 'ORPHAN_ALLOWANCE', rule: expect.stringContaining('四(三)1') },
    ]);
  });

  it('an abandoned infant (parents cannot be found) qualifies', () => {
    expect(programmes(['ABANDONED_INFANT'], '2026-01-01')).toEqual(['ORPHAN_ALLOWANCE']);
  });

  it('an orphan of 18 no longer qualifies (the allowance ends at majority)', () => {
    expect(programmes(['ORPHAN'], '2008-11-29')).toEqual([]);
    expect(programmes(['ORPHAN'], '2008-11-30')).toEqual(['ORPHAN_ALLOWANCE']);
  });

  it('an orphan in a dibao household gets the orphan allowance, not dibao', () => {
    expect(programmes(['ORPHAN', 'POVERTY_DIBAO'])).toEqual(['ORPHAN_ALLOWANCE']);
  });
});

describe('rule 四(三)1 特困 support: under 16, no capacity, income or capable supporter', () => {
  it('a de-facto unsupported child of 15 qualifies', () => {
    expect(programmes(['DE_FACTO_UNSUPPORTED'], '2011-01-01')).toEqual(['TEKUN_SUPPORT']);
  });

  it('at 16 the child no longer qualifies for 特困 (and, in a dibao household, gets dibao instead)', () => {
    expect(programmes(['DE_FACTO_UNSUPPORTED'], '2010-11-29')).toEqual([]);
    expect(programmes(['DE_FACTO_UNSUPPORTED', 'POVERTY_DIBAO'], '2010-11-29')).toEqual(['DIBAO']);
  });

  it('a left-behind child with a capable parent is not 特困', () => {
    expect(programmes(['LEFT_BEHIND'])).toEqual([]);
  });
});

describe('rule 四(三)1 dibao with a raised level for children: supporters able, household poor', () => {
  it('a child of a dibao household qualifies', () => {
    expect(programmes(['POVERTY_DIBAO', 'LEFT_BEHIND'])).toEqual(['DIBAO']);
  });

  it('low-income certification alone is not dibao', () => {
    expect(programmes(['POVERTY_LOW_INCOME'])).toEqual([]);
  });

  it('a de-facto unsupported child under 16 in a dibao household gets 特困, not dibao', () => {
    expect(programmes(['DE_FACTO_UNSUPPORTED', 'POVERTY_DIBAO'])).toEqual(['TEKUN_SUPPORT']);
  });
});

describe('rule 四(三)1 temporary assistance: sudden, urgent or temporary hardship', () => {
  it('a child rescued from trafficking or temporarily without family qualifies', () => {
    expect(programmes(['TRAFFICKING_RESCUED'])).toEqual(['TEMPORARY_ASSISTANCE']);
    expect(programmes(['TEMPORARILY_WITHOUT_FAMILY', 'POVERTY_DIBAO'])).toEqual([
      'DIBAO',
      'TEMPORARY_ASSISTANCE',
    ]);
  });

  it('a child with no recorded hardship qualifies for nothing', () => {
    expect(programmes([])).toEqual([]);
  });
});
