import { childListFilter, decodeCursor, encodeCursor } from './child-list.query';

describe('caseworker lists (issue filters: region subtree, category, age range)', () => {
  it('narrows to the region subtree and the age range in whole years as of today', () => {
    expect(childListFilter({ regionCode: '450702', minAge: 6, maxAge: 15 }, '2026-11-29')).toEqual({
      regionPath: '450702',
      mergedInto: null,
      birthDate: { $lte: '2020-11-29', $gt: '2010-11-29' },
    });
  });

  it('rule 三(二): left-behind children without a valid guardian are those with a gap of 四(一)3', () => {
    expect(childListFilter({ regionCode: '450700', guardianshipGap: true }, '2026-11-29')).toMatchObject({
      'guardianship.state.situation': { $in: ['NO_AGREEMENT', 'AGREEMENT_ENDED', 'AGREEMENT_ENDING_SOON'] },
    });
  });

  it('refuses an age range upside down', () => {
    expect(() => childListFilter({ regionCode: '450700', minAge: 10, maxAge: 5 }, '2026-11-29')).toThrow(
      expect.objectContaining({ code: 'AGE_RANGE_INVALID' }),
    );
  });

  it('gives out cursors it can read back, and refuses any other', () => {
    const id = '019ad0c2-7a3c-7e11-9a2b-1234567890ab';
    expect(decodeCursor(encodeCursor(id))).toBe(id);
    expect(() => decodeCursor('bm90LWEtY3Vyc29y')).toThrow(
      expect.objectContaining({ code: 'INVALID_CURSOR' }),
    );
  });
});
