import { regionAncestry } from './regions';

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
});
