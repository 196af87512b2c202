import { isSpecialHardshipAge } from './child-assistance.rule';

describe('rule 四(三)1: 特困 support covers children under 16', () => {
  it('a child of 15 is of the age', () => {
    expect(isSpecialHardshipAge('2011-01-01', '2026-11-29')).toBe(true);
  });

  it('a child of 16 is not', () => {
    expect(isSpecialHardshipAge('2010-11-29', '2026-11-29')).toBe(false);
  });
});
