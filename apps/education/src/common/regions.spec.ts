import { countyOf, regionPath } from './regions';

describe('region paths', () => {
  it('lists a township and every region above it', () => {
    expect(regionPath('450702001')).toEqual(['450000', '450700', '450702', '450702001']);
    expect(regionPath('450702001002')).toEqual(['450000', '450700', '450702', '450702001', '450702001002']);
    expect(regionPath('450700')).toEqual(['450000', '450700']);
    expect(countyOf('450721101')).toBe('450721');
  });
});
