import { isWithinRegion } from './base.repository';

describe('region-scoped reads: a region and the regions below it', () => {
  it('a county lies within its city, a township within its county, not within a sibling', () => {
    expect(isWithinRegion('450702', '450700')).toBe(true);
    expect(isWithinRegion('450721100', '450721')).toBe(true);
    expect(isWithinRegion('450721100', '450700')).toBe(true);
    expect(isWithinRegion('450721100201', '450721100')).toBe(true);
    expect(isWithinRegion('450721100201', '450000')).toBe(true);
    expect(isWithinRegion('450702', '450703')).toBe(false);
    expect(isWithinRegion('450721100', '450721101')).toBe(false);
    expect(isWithinRegion('450702', '450702')).toBe(true);
  });

  it('a region above a code does not lie within it; "" is everywhere', () => {
    expect(isWithinRegion('450700', '450702')).toBe(false);
    expect(isWithinRegion('450721', '450721100')).toBe(false);
    expect(isWithinRegion('450721100', '')).toBe(true);
  });
});
