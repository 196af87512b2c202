import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDomainError, officialRegionTree, type DomainError } from '@qz/kernel';
import { buildRegionTree, parseRegionFile, type RegionNode } from './region-tree';

const VILLAGES = join(__dirname, '..', '..', 'data', 'villages-demo.csv');
const none = new Map<string, RegionNode>();

function refused(rows: Record<string, unknown>[], known = none): DomainError {
  try {
    buildRegionTree(rows, known);
  } catch (e) {
    if (isDomainError(e)) return e;
    throw e;
  }
  throw new Error('expected the rows to be refused');
}

describe('region tree (四(四)1 四级网络: city → county → township → village)', () => {
  it('imports the official table and the demo villages with every path from the city down', () => {
    const official = buildRegionTree(
      officialRegionTree().entries.map((e) => ({ ...e })),
      none,
    );
    const known = new Map(official.map((n) => [n.code, n]));
    const villages = buildRegionTree(parseRegionFile(VILLAGES, readFileSync(VILLAGES, 'utf8')), known);
    expect(
      villages.every((v) => v.level === 'VILLAGE' && known.get(v.parentCode ?? '')?.level === 'TOWNSHIP'),
    ).toBe(true);
    const nodes = [...official, ...villages];
    const byCode = new Map(nodes.map((n) => [n.code, n]));
    expect(byCode.has('450771')).toBe(false); // the former zones are not official county-level divisions
    expect(byCode.get('450702104')?.name).toBe('大番坡镇');
    for (const county of ['450702', '450703', '450721', '450722'])
      expect(byCode.get(county)?.level).toBe('COUNTY');
    expect(byCode.get('450702100201')).toMatchObject({
      level: 'VILLAGE',
      parentCode: '450702100',
      path: ['450700', '450702', '450702100', '450702100201'],
    });
    expect(nodes[0].code).toBe('450700'); // parents before children
  });

  it('adds townships under a county already in the store', () => {
    const known = new Map<string, RegionNode>([
      ['450700', { code: '450700', name: '钦州市', level: 'CITY', parentCode: null, path: ['450700'] }],
      [
        '450702',
        { code: '450702', name: '钦南区', level: 'COUNTY', parentCode: '450700', path: ['450700', '450702'] },
      ],
    ]);
    const [town] = buildRegionTree(
      [{ code: '450702199', name: '新镇', level: 'TOWNSHIP', parentCode: '450702' }],
      known,
    );
    expect(town.path).toEqual(['450700', '450702', '450702199']);
  });

  it('refuses the whole file and names every wrong row', () => {
    const e = refused([
      { code: '450700', name: '钦州市', level: 'CITY', parentCode: '' },
      { code: '4507021', name: '短码', level: 'TOWNSHIP', parentCode: '450700' },
      { code: '450703100', name: '错级', level: 'TOWNSHIP', parentCode: '450700' },
      { code: '450799100201', name: '无父', level: 'VILLAGE', parentCode: '450799100' },
      { code: '450703', name: '钦北区', level: 'COUNTY', parentCode: '450700' },
      { code: '450702100', name: '前缀错', level: 'TOWNSHIP', parentCode: '450703' },
      { code: '450703', name: '重复', level: 'COUNTY', parentCode: '450700' },
      { code: '450703101', name: '', level: 'TOWNSHIP', parentCode: '450703' },
      { code: '450703102', name: 'x', level: 'HAMLET', parentCode: '450703' },
    ]);
    expect(e.code).toBe('REGION_FILE_INVALID');
    const errors = e.details.errors as { row: number; field: string; message: string }[];
    expect(errors.map((x) => [x.row, x.field])).toEqual([
      [2, 'code'],
      [3, 'parentCode'],
      [4, 'parentCode'],
      [6, 'parentCode'],
      [7, 'code'],
      [8, 'name'],
      [9, 'level'],
    ]);
    expect(errors[1].message).toContain('the parent of a TOWNSHIP is a COUNTY');
    expect(errors[3].message).toContain('does not start with');
  });

  it('refuses a cycle instead of looping', () => {
    const e = refused([{ code: '450702100', name: 'a', level: 'TOWNSHIP', parentCode: '450702100' }]);
    expect(e.message).toContain('row 1 parentCode');
  });
});
