import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUTSIDE_SCOPE, SeenChildren } from './duplicates';
import { resolveImportPath } from './import-path';
import { csvCell } from './import-report.controller';
import { columnsNotRead, missingColumns, normaliseDate, parseRow, splitChineseName } from './ledger-columns';

const child = (over: Partial<Record<string, string>> = {}) => ({
  residentIdNumber: '450702201403090027',
  familyName: '韦',
  givenName: '小燕',
  birthDate: '2014-03-09',
  regionCode: '450702',
  ...over,
});

describe('issue 3 item 6, duplicates: the same ID number, or the same name + birth date + household region, is the same child', () => {
  it('refuses an ID number already in the ledger, and one seen earlier in the file with its row', () => {
    const seen = new SeenChildren();
    seen.add(0, child());
    seen.add(7, child({ residentIdNumber: '450702201403090035', givenName: '小明' }));
    expect(seen.duplicateOf(9, child({ givenName: '别名' }))).toMatchObject({
      code: 'DUPLICATE_RESIDENT_ID',
      field: '公民身份号码',
      message: expect.stringContaining('already in the ledger'),
    });
    expect(
      seen.duplicateOf(9, child({ residentIdNumber: '450702201403090035', givenName: '别名' })),
    ).toMatchObject({
      code: 'DUPLICATE_RESIDENT_ID',
      message: expect.stringContaining('row 7'),
    });
  });

  it('五(一): a number held by a ledger child outside the importer’s region is refused without saying it is known', () => {
    const seen = new SeenChildren();
    seen.add(OUTSIDE_SCOPE, child({ regionCode: '450703' }));
    const refused = seen.duplicateOf(4, child({ givenName: '别名' }));
    expect(refused).toMatchObject({ code: 'IDENTITY_NEEDS_CITY', field: '公民身份号码' });
    expect(refused?.message).not.toMatch(/ledger|450703|小燕|row/);
  });

  it('refuses the same name, birth date and household region under another ID number', () => {
    const seen = new SeenChildren();
    seen.add(3, child());
    expect(seen.duplicateOf(5, child({ residentIdNumber: '450702201403090051' }))).toMatchObject({
      code: 'DUPLICATE_CHILD',
      field: '姓名',
      message: expect.stringContaining('row 3'),
    });
  });

  it('accepts namesakes born on another day or registered in another region', () => {
    const seen = new SeenChildren();
    seen.add(0, child());
    expect(
      seen.duplicateOf(2, child({ residentIdNumber: '450702201403100019', birthDate: '2014-03-10' })),
    ).toBeNull();
    expect(
      seen.duplicateOf(2, child({ residentIdNumber: '450703201403090019', regionCode: '450703' })),
    ).toBeNull();
  });
});

describe('ledger columns: the county file’s notation', () => {
  it('needs the five identity columns, by their Chinese headers or a common alias', () => {
    expect(missingColumns(['姓名', '身份证号', '性别', '出生日期', '户籍地区划代码'])).toEqual([]);
    expect(missingColumns(['\uFEFF姓名', '性别'])).toEqual(['公民身份号码', '出生日期', '户籍地区划代码']);
  });

  it('splits a name into surname and given name, compound surnames included', () => {
    expect(splitChineseName('韦小燕')).toEqual({ familyName: '韦', givenName: '小燕' });
    expect(splitChineseName('欧阳明月')).toEqual({ familyName: '欧阳', givenName: '明月' });
  });

  it('reads dates as counties write them', () => {
    for (const d of ['2014-03-09', '2014/3/9', '2014.03.09', '2014年3月9日', '20140309']) {
      expect(normaliseDate(d)).toBe('2014-03-09');
    }
    expect(normaliseDate('09/03/2014')).toBe('09/03/2014'); // left for the date check to refuse
  });

  it('reads sex, parents and yes/no circumstances, and names the column of a word it does not know', () => {
    const cells = {
      姓名: '韦小燕',
      公民身份号码: '450702201403090027',
      性别: '女',
      出生日期: '2014-03-09',
      户籍地区划代码: '450702',
      父亲状况: '外出务工',
      母亲状况: '服刑',
      低保家庭: '是',
      持残疾证: '否',
    };
    expect(parseRow(cells)).toEqual({
      parsed: {
        input: {
          familyName: '韦',
          givenName: '小燕',
          sex: 'FEMALE',
          birthDate: '2014-03-09',
          residentIdNumber: '450702201403090027',
          regionCode: '450702',
        },
        circumstances: {
          father: 'MIGRANT_WORKER',
          mother: 'IMPRISONED',
          household: { dibao: true },
        },
      },
    });
    expect(parseRow({ ...cells, 性别: '未知', 低保家庭: '可能' })).toEqual({
      problems: [
        expect.objectContaining({ column: '性别', code: 'FIELD_INVALID' }),
        expect.objectContaining({ column: '低保家庭', code: 'FIELD_INVALID' }),
      ],
    });
  });

  it('issue 15 defect 4 / 四(三)2: disability is recorded once, by DPF — a 持残疾证 column is not read', () => {
    const cells = {
      姓名: '韦小燕',
      公民身份号码: '450702201403090027',
      性别: '女',
      出生日期: '2014-03-09',
      户籍地区划代码: '450702',
      持残疾证: '是',
      残疾证: '是',
    };
    expect(parseRow(cells)).toEqual({
      parsed: { input: expect.anything(), circumstances: null },
    });
  });

  it('issue 15 defect 4: the job tells which columns are not read — a disability column is the DPF’s', () => {
    const headers = [
      '序号',
      '姓名',
      '身份证号',
      '性别',
      '出生日期',
      '户籍地区划代码',
      '持残疾证',
      ' 残疾等级 ',
      '',
      '备注',
    ];
    expect(columnsNotRead(headers)).toEqual([
      {
        column: '序号',
        code: 'COLUMN_NOT_READ',
        message: expect.stringContaining('序号 is not a ledger column'),
      },
      {
        column: '持残疾证',
        code: 'COLUMN_RECORDED_BY_DPF',
        message: expect.stringContaining('recordDisabilityCertificate'),
      },
      {
        column: '残疾等级',
        code: 'COLUMN_RECORDED_BY_DPF',
        message: expect.stringContaining('残疾等级 is not read'),
      },
      { column: '备注', code: 'COLUMN_NOT_READ', message: expect.stringContaining('公民身份号码') },
    ]);
    expect(
      columnsNotRead(['姓名', '公民身份号码', '性别', '出生日期', '户籍地区划代码', '低保', '父亲状况']),
    ).toEqual([]);
  });

  it('writes report cells Excel shows as text, never as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(12)).toBe('12');
  });
});

describe('import path: the mutation reads only files inside the import directory', () => {
  const root = mkdtempSync(join(tmpdir(), 'qz-import-path-'));
  const dir = join(root, 'imports');
  beforeAll(() => {
    mkdirSync(join(dir, 'county'), { recursive: true });
    writeFileSync(join(dir, 'county', 'ledger.csv'), '姓名\n');
    writeFileSync(join(root, 'secret.csv'), 'x\n');
    symlinkSync(join(root, 'secret.csv'), join(dir, 'link.csv'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('accepts a .csv or .xlsx file inside', async () => {
    await expect(resolveImportPath(dir, 'county/ledger.csv')).resolves.toMatchObject({ format: 'CSV' });
  });

  it.each([
    ['../secret.csv', 'IMPORT_PATH_OUTSIDE'],
    [join(root, 'secret.csv'), 'IMPORT_PATH_OUTSIDE'],
    ['link.csv', 'IMPORT_PATH_OUTSIDE'],
    ['county/ledger.txt', 'IMPORT_FORMAT_UNSUPPORTED'],
    ['county/missing.csv', 'IMPORT_FILE_NOT_FOUND'],
  ])('refuses %s with %s', async (path, code) => {
    await expect(resolveImportPath(dir, path)).rejects.toMatchObject({
      code,
      details: { field: 'input.path' },
    });
  });
});
