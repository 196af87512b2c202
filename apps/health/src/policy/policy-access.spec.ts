import { concerns } from './policy.resolver';

describe('rule 四(三)2 standards as public parameters: a reader sees the standards that apply where they work', () => {
  it('a county officer sees the city’s and the county’s standards, not another county’s', () => {
    const county = { regionCode: '450702' };
    expect(concerns(county, '450700')).toBe(true);
    expect(concerns(county, '450702')).toBe(true);
    expect(concerns(county, '450703')).toBe(false);
  });
  it('a village officer sees its county’s and the city’s; the city sees every county’s', () => {
    expect(concerns({ regionCode: '450702100201' }, '450702')).toBe(true);
    expect(concerns({ regionCode: '450702100201' }, '450700')).toBe(true);
    expect(concerns({ regionCode: '450700' }, '450721')).toBe(true);
  });
});
