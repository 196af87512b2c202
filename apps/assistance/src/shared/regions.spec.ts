import { isWithin, regionAncestry } from './regions';

describe('regions: a region and the regions below it', () => {
  it('climbs from a village to the province', () => {
    expect(regionAncestry('450721100201')).toEqual([
      '450721100201',
      '450721100',
      '450721',
      '450700',
      '450000',
    ]);
    expect(regionAncestry('450700')).toEqual(['450700', '450000']);
  });

  it('a county lies within its city, a township within its county, not within a sibling', () => {
    expect(isWithin('450702', '450700')).toBe(true);
    expect(isWithin('450721100', '450721')).toBe(true);
    expect(isWithin('450721100', '450700')).toBe(true);
    expect(isWithin('450702', '450703')).toBe(false);
    expect(isWithin('450702', '450702')).toBe(true);
  });
});
