import {
  authEnv,
  aUser,
  graphqlAs,
  repoRoot,
  residentIdAt,
  stackSettings,
  viaGateway,
  waitFor,
} from '@qz/testing';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importingRegistryForThisBlock } from './importing-registry';

/** The county ledger keeper (a civil-affairs officer of the city), as the gateway forwards them. */
const OFFICER = aUser('CIVIL_AFFAIRS_OFFICER');
const graphql = graphqlAs(OFFICER);

const idFor = residentIdAt;

const HEADERS = [
  '序号',
  '姓名',
  '公民身份号码',
  '性别',
  '出生日期',
  '户籍地区划代码',
  '父亲状况',
  '母亲状况',
  '低保家庭',
];

const IMPORT = `mutation ($input: ImportChildrenInput!) { importChildren(input: $input) { id status } }`;
const JOB = `query ($id: ID!) { childImport(id: $id) {
  status rowsRead imported rejected duplicates failure errors { row field code message } } }`;

/** An XLSX ledger as Excel writes it, the command line, and paths outside the import directory. */
describe('registry: bulk import of an XLSX ledger, from the graph and the command line', () => {
  const importing = importingRegistryForThisBlock();

  const finished = (id: string) =>
    waitFor(
      'the import to finish',
      async () => {
        const job = (await graphql(importing.svc.url, JOB, { id })).data?.childImport;
        return job?.status !== 'RUNNING' ? job : null;
      },
      { timeoutMs: 60_000, intervalMs: 300 },
    );

  it('imports the valid rows with their circumstances and reports the bad one', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(HEADERS);
    const leftBehind = idFor('450721', '2015-07-01', 12);
    sheet.addRow([
      1,
      '韦留守',
      leftBehind,
      '女',
      new Date(Date.UTC(2015, 6, 1)),
      '450721101201',
      '外出务工',
      '外出务工',
      '是',
    ]);
    sheet.addRow([
      2,
      '陆平安',
      idFor('450722', '2016-02-02', 13),
      '男',
      '2016/2/2',
      450722101201,
      '在家',
      '在家',
      '否',
    ]);
    const wrong = idFor('450722', '2016-03-03', 15);
    sheet.addRow([
      3,
      '黄错号',
      wrong.slice(0, 17) + (wrong[17] === '1' ? '2' : '1'),
      '男',
      '2016-03-03',
      '450722101201',
    ]);
    sheet.addRow([]);
    sheet.addRow([
      5,
      '梁未知',
      idFor('450702', '2016-04-04', 17),
      '男',
      '2016-04-04',
      '450702100201',
      '出国',
    ]);
    await workbook.xlsx.writeFile(join(importing.dir, '灵山县台账.xlsx'));

    const started = await graphql(importing.svc.url, IMPORT, { input: { path: '灵山县台账.xlsx' } });
    expect(started.errors).toBeUndefined();
    const job = await finished(started.data.importChildren.id);
    expect(job).toMatchObject({ status: 'COMPLETED', rowsRead: 4, imported: 2, rejected: 2, duplicates: 0 });
    expect(job.errors).toEqual([
      {
        row: 4,
        field: '公民身份号码',
        code: 'RESIDENT_ID_CHECK_DIGIT',
        message: expect.stringContaining('公民身份号码'),
      },
      { row: 6, field: '父亲状况', code: 'FIELD_INVALID', message: expect.stringContaining('出国') },
    ]);
    const child = await importing.svc.db.collection('children').findOne({ residentIdNumber: leftBehind });
    expect(child).toMatchObject({
      familyName: '韦',
      givenName: '留守',
      birthDate: '2015-07-01',
      regionCode: '450721101201',
      classification: { leftBehind: true, protectedAsChildInDifficulty: true },
      classificationHistory: [expect.objectContaining({ reason: '批量导入 灵山县台账.xlsx 第2行' })],
    });
  });

  it('imports only rows of the importing officer’s region (OUT_OF_REGION for others); the job is refused to another county', async () => {
    const county = aUser('CIVIL_AFFAIRS_OFFICER', '450702');
    const mine = idFor('450702', '2014-05-05', 21);
    const theirs = idFor('450721', '2014-06-06', 23);
    writeFileSync(
      join(importing.dir, 'mixed.csv'),
      `姓名,公民身份号码,性别,出生日期,户籍地区划代码\n韦本县,${mine},男,2014-05-05,450702100201\n陆外县,${theirs},男,2014-06-06,450721101201\n`,
    );
    const started = await graphql(
      importing.svc.url,
      IMPORT,
      { input: { path: 'mixed.csv' } },
      await viaGateway(county),
    );
    expect(started.errors).toBeUndefined();
    const id = started.data.importChildren.id;
    const job = await finished(id);
    expect(job).toMatchObject({ status: 'COMPLETED', imported: 1, rejected: 1 });
    expect(job.errors).toEqual([expect.objectContaining({ row: 3, code: 'OUT_OF_REGION' })]);
    expect(await importing.svc.db.collection('children').countDocuments({ residentIdNumber: theirs })).toBe(
      0,
    );

    const other = await graphql(
      importing.svc.url,
      JOB,
      { id },
      await viaGateway(aUser('CIVIL_AFFAIRS_OFFICER', '450703')),
    );
    expect(other.errors?.map((e) => e.extensions?.code)).toEqual(['OUT_OF_REGION']);
  });

  it('refuses a path outside the import directory, naming the field', async () => {
    writeFileSync(join(tmpdir(), 'qz-outside.csv'), '姓名\n');
    for (const path of ['../qz-outside.csv', join(tmpdir(), 'qz-outside.csv')]) {
      const res = await graphql(importing.svc.url, IMPORT, { input: { path } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'IMPORT_PATH_OUTSIDE', field: 'input.path' });
    }
    const missing = await graphql(importing.svc.url, IMPORT, { input: { path: 'nowhere.csv' } });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'IMPORT_FILE_NOT_FOUND' });
  });

  it('fails an import whose file lacks a required column, saying which', async () => {
    writeFileSync(
      join(importing.dir, 'no-id.csv'),
      '姓名,性别,出生日期,户籍地区划代码\n韦一,女,2014-03-09,450702100201\n',
    );
    const started = await graphql(importing.svc.url, IMPORT, { input: { path: 'no-id.csv' } });
    const job = await finished(started.data.importChildren.id);
    expect(job).toMatchObject({
      status: 'FAILED',
      imported: 0,
      failure: expect.stringContaining('公民身份号码'),
    });
  });

  it('imports a CSV from the command line, refusing a child the ledger already has, and writes the report', async () => {
    const known = await importing.svc.db.collection('children').findOne({ regionCode: '450721101201' });
    const file = join(importing.dir, 'cli.csv');
    const fresh = idFor('450703', '2013-09-09', 21);
    writeFileSync(
      file,
      '\uFEFF姓名,公民身份号码,性别,出生日期,户籍地区划代码\r\n' +
        `覃新,${fresh},男,2013-09-09,450703103201\r\n` +
        `韦留守,${idFor('450721', '2015-07-01', 14)},女,2015-07-01,450721101201\r\n`,
    );
    const run = spawnSync(
      process.execPath,
      [join(repoRoot, 'dist/apps/registry/src/import/import.cli.js'), file],
      {
        env: {
          ...process.env,
          ...authEnv(),
          MONGO_URL: stackSettings().mongoUrl,
          MONGO_DB: importing.svc.dbName,
          LOG_LEVEL: 'warn',
        },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').pop() as string)).toMatchObject({
      status: 'COMPLETED',
      imported: 1,
      rejected: 1,
      duplicates: 1,
    });
    const report = parse(readFileSync(`${file}.errors.csv`), { bom: true, columns: true });
    expect(report).toEqual([
      { row: '3', field: '姓名', code: 'DUPLICATE_CHILD', message: expect.any(String) },
    ]);
    expect(known).not.toBeNull();
    expect(await importing.svc.db.collection('children').countDocuments({ residentIdNumber: fresh })).toBe(1);
    // The service's relay publishes what the command line imported.
    await waitFor(
      'the command line’s batch to be published',
      async () =>
        (await importing.svc.db.collection('child_import_outbox').countDocuments({ outboxPending: true })) ===
        0,
      { timeoutMs: 60_000, intervalMs: 500 },
    );
  });
});
