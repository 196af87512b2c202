import { isDomainError } from '../errors/domain-error';
import {
  countyOf,
  isRegionCode,
  isWithin,
  parentOf,
  parseRegionCode,
  regionAncestry,
  regionLevelOf,
  townshipOf,
} from './region-code';

describe('division codes', () => {
  it('are 6, 9 or 12 digits', () => {
    expect(['450702', '450702100', '450702100201'].every(isRegionCode)).toBe(true);
    expect(['4507', '4507021', '45070210020', 'x50702', 450702, null].some(isRegionCode)).toBe(false);
    const e = (() => {
      try {
        parseRegionCode('45070', 'input.regionCode');
      } catch (err) {
        return err;
      }
    })();
    expect(isDomainError(e) && [e.code, e.details.field]).toEqual([
      'INVALID_REGION_CODE',
      'input.regionCode',
    ]);
  });

  it('have a level by their length and trailing zeros', () => {
    expect(['450000', '450700', '450702', '450702100', '450702100201'].map(regionLevelOf)).toEqual([
      'PROVINCE',
      'CITY',
      'COUNTY',
      'TOWNSHIP',
      'VILLAGE',
    ]);
  });

  it('name their county and township and ancestry, most general first', () => {
    expect(countyOf('450702100201')).toBe('450702');
    expect(townshipOf('450702100201')).toBe('450702100');
    expect(townshipOf('450702')).toBeNull();
    expect(regionAncestry('450702100201')).toEqual([
      '450000',
      '450700',
      '450702',
      '450702100',
      '450702100201',
    ]);
    expect(regionAncestry('450700')).toEqual(['450000', '450700']);
    expect(parentOf('450702100')).toBe('450702');
    expect(parentOf('450702')).toBe('450700');
    expect(parentOf('450000')).toBeNull();
  });

  it('a region is within itself and its ancestors, not its siblings or descendants', () => {
    expect(isWithin('450702100201', '450702')).toBe(true);
    expect(isWithin('450702100201', '450700')).toBe(true);
    expect(isWithin('450702', '450702')).toBe(true);
    expect(isWithin('450703001', '450702')).toBe(false);
    expect(isWithin('450700', '450702')).toBe(false);
    expect(isWithin('450802', '450700')).toBe(false);
    expect(isWithin('bad', '450700')).toBe(false);
  });
});
