import { parseResidentIdNumber } from '@qz/kernel';
import { aChild, residentIdFor } from './child.builder';

describe('child builder', () => {
  it('makes identity numbers that pass the GB 11643 check, with birth date and sex inside', () => {
    for (const sex of ['MALE', 'FEMALE'] as const) {
      const id = parseResidentIdNumber(residentIdFor('2012-02-29', sex), '2026-11-29');
      expect(id).toMatchObject({ birthDate: '2012-02-29', sex });
    }
  });

  it('makes a different number on each call', () => {
    expect(aChild().residentIdNumber).not.toBe(aChild().residentIdNumber);
  });
});
