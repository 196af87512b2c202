import { isForbiddenToLiveAlone } from './child-protection.rule';

describe('rule 四(一)1: no child under 16 may live alone without a guardian', () => {
  it('applies to a child of 15 years and 364 days', () => {
    expect(isForbiddenToLiveAlone('2010-11-30', '2026-11-29')).toBe(true);
  });

  it('no longer applies from the 16th birthday', () => {
    expect(isForbiddenToLiveAlone('2010-11-29', '2026-11-29')).toBe(false);
  });
});
