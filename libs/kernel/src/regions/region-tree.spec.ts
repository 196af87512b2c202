import { isDomainError } from '../errors/domain-error';
import { countyOf } from './region-code';
import { officialRegionTree, parseDivisionTable } from './region-tree';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return isDomainError(e) ? [e.code, e.details.field] : e;
  }
  return 'accepted';
};

describe('the official tree (NBS 2023, Qinzhou)', () => {
  const tree = officialRegionTree();

  it('holds the city, its four counties and 71 townships, each under a county of the table', () => {
    const levels = tree.entries.map((e) => e.level);
    expect(levels.filter((l) => l === 'CITY')).toHaveLength(1);
    expect(tree.entries.filter((e) => e.level === 'COUNTY').map((e) => e.code)).toEqual([
      '450702',
      '450703',
      '450721',
      '450722',
    ]);
    const townships = tree.entries.filter((e) => e.level === 'TOWNSHIP');
    expect(townships).toHaveLength(71);
    expect(townships.every((t) => t.parentCode === countyOf(t.code) && tree.has(t.parentCode))).toBe(true);
    expect(tree.get('450700')?.parentCode).toBeNull();
  });

  it('names the official townships (450702104 is 大番坡镇; 450702103 does not exist)', () => {
    expect(tree.nameOf('450702104')).toBe('大番坡镇');
    expect(tree.nameOf('450702105')).toBe('龙门港镇');
    expect(tree.has('450702103')).toBe(false);
  });

  it('refuses a code not in the tree (the former zones 450771–450773 are not official counties)', () => {
    expect(refusal(() => tree.requireKnown('450771', 'regionCode'))).toEqual([
      'UNKNOWN_REGION',
      'regionCode',
    ]);
    expect(refusal(() => tree.requireKnown('450702103', 'regionCode'))).toEqual([
      'UNKNOWN_REGION',
      'regionCode',
    ]);
    expect(tree.requireKnown('450702100', 'regionCode').name).toBe('沙埠镇');
  });

  it('checks a village by its township when the tree holds no villages', () => {
    expect(tree.requireKnownArea('450702100201', 'regionCode')).toBe('450702100201');
    expect(refusal(() => tree.requireKnownArea('450702103001', 'regionCode'))).toEqual([
      'UNKNOWN_REGION',
      'regionCode',
    ]);
    expect(refusal(() => tree.requireKnownArea('4507', 'regionCode'))).toEqual([
      'UNKNOWN_REGION',
      'regionCode',
    ]);
  });

  it('refuses a malformed table', () => {
    expect(() => parseDivisionTable('code,name,level,parent\n450700,钦州市,town,450000\n')).toThrow(/row 1/);
    expect(() => parseDivisionTable('code,name\n')).toThrow(/header/);
  });
});
