import { residentIdCheckChar } from '@qz/kernel';
import {
  aChild,
  aUser,
  graphql as rawGraphql,
  residentIdAt,
  viaGateway,
  withGatewayCredential,
  waitFor,
} from '@qz/testing';
import { parse } from 'csv-parse/sync';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { importingRegistryForThisBlock } from './importing-registry';

/** The county ledger keeper (a civil-affairs officer of the city), as the gateway forwards them. */
const OFFICER = aUser('CIVIL_AFFAIRS_OFFICER');
const graphql: typeof rawGraphql = async (url, query, variables = {}, headers) =>
  rawGraphql(url, query, variables, headers ?? (await viaGateway(OFFICER)));

/** 100,000 by default; IMPORT_TEST_ROWS=10000 tries the same checks on a smaller file. */
const ROWS = Number(process.env.IMPORT_TEST_ROWS ?? 100_000);
const REGIONS = ['450702100201', '450703103201', '450721101201', '450722101201'];
const HEADER = '姓名,公民身份号码,性别,出生日期,户籍地区划代码,父亲状况,母亲状况,低保家庭\n';
const NAME_CHARS =
  '安邦宝斌晨春丹东芳飞刚桂海红华慧佳建杰金静娟俊凯兰丽莉林玲龙梅敏明娜宁平强庆秋荣瑞珊婷伟文霞祥欣秀燕阳勇玉云哲志';
const FAMILY = '韦黄李陆梁林刘陈覃杨';
const FUTURE_YEAR = new Date().getUTCFullYear() + 1;

/** The i-th child of the file: unique name, ID number and (name, birth date, region). */
function child(i: number) {
  const n = NAME_CHARS.length;
  const given = NAME_CHARS[i % n] + NAME_CHARS[Math.floor(i / n) % n] + NAME_CHARS[Math.floor(i / n / n) % n];
  const day = new Date(Date.UTC(2010, 0, 1) + (i % 5800) * 86_400_000).toISOString().slice(0, 10);
  const seq = Math.floor(i / 5800) * 2 + (i % 2); // odd: male
  const region = REGIONS[i % REGIONS.length];
  const first17 = `${region.slice(0, 6)}${day.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return {
    name: FAMILY[i % FAMILY.length] + given,
    id: first17 + residentIdCheckChar(first17),
    sex: i % 2 ? '男' : '女',
    birthDate: day,
    region,
  };
}

type Expected = { row: number; field: string; code: string };

/** A valid ID number; sequence numbers from 900 up are never used by `child`. */
const idFor = residentIdAt;
type LedgerChild = ReturnType<typeof aChild>;

/**
 * Writes the 100,000-row file with seeded bad rows; returns the error report the import must
 * give (row numbers as in Excel: the header is row 1).
 */
async function writeLedger(path: string, ledger: { sameId: LedgerChild; sameChild: LedgerChild }) {
  const out = createWriteStream(path);
  out.write(HEADER);
  const expected: Expected[] = [];
  for (let i = 0; i < ROWS; i++) {
    const row = i + 2;
    const c = child(i);
    let cells = [c.name, c.id, c.sex, c.birthDate, c.region, '', '', ''];
    if (i % 3 === 0) cells = [...cells.slice(0, 5), '外出务工', '外出务工', i % 9 === 0 ? '是' : '否'];
    const seed = i % 1000 === 500 ? Math.floor(i / 1000) % 8 : -1; // 100 bad rows, spread through the file
    if (seed === 0) {
      cells[1] = c.id.slice(0, 17) + (c.id[17] === '0' ? '1' : '0');
      expected.push({ row, field: '公民身份号码', code: 'RESIDENT_ID_CHECK_DIGIT' });
    } else if (seed === 1) {
      const future = `${FUTURE_YEAR}-${c.birthDate.slice(5)}`.replace('-02-29', '-02-28');
      const first17 = `${c.region.slice(0, 6)}${future.replace(/-/g, '')}${c.id.slice(14, 17)}`;
      cells[1] = first17 + residentIdCheckChar(first17);
      cells[3] = future;
      expected.push({ row, field: '出生日期', code: 'BIRTH_DATE_IN_FUTURE' });
    } else if (seed === 2) {
      cells[4] = '450799';
      expected.push({ row, field: '户籍地区划代码', code: 'UNKNOWN_REGION' });
    } else if (seed === 3) {
      const earlier = child(i - 7); // an earlier row's ID number, under another name
      cells = [c.name, earlier.id, earlier.sex, earlier.birthDate, earlier.region, '', '', ''];
      expected.push({ row, field: '公民身份号码', code: 'DUPLICATE_RESIDENT_ID' });
    } else if (seed === 4) {
      const earlier = child(i - 11); // an earlier row's person, typed with another valid ID number
      cells = [earlier.name, c.id, c.sex, c.birthDate, c.region, '', '', ''];
      cells[3] = earlier.birthDate;
      cells[4] = earlier.region;
      const first17 = `${earlier.region.slice(0, 6)}${earlier.birthDate.replace(/-/g, '')}${String(990 + (i % 2)).padStart(3, '0')}`;
      cells[1] = first17 + residentIdCheckChar(first17);
      expected.push({ row, field: '姓名', code: 'DUPLICATE_CHILD' });
    } else if (seed === 5) {
      cells[0] = '韦' + '长'.repeat(5000);
      expected.push({ row, field: '姓名', code: 'FIELD_TOO_LONG' });
    } else if (seed === 6) {
      cells[3] = c.birthDate === '2010-01-01' ? '2010-01-02' : '2010-01-01';
      expected.push({ row, field: '公民身份号码', code: 'RESIDENT_ID_BIRTH_DATE_MISMATCH' });
    } else if (seed === 7) {
      // Already in the ledger: alternately the same ID number, and the same person with another one.
      if (Math.floor(i / 1000) % 16 < 8) {
        const s = ledger.sameId;
        cells = [
          c.name,
          s.residentIdNumber,
          s.sex === 'MALE' ? '男' : '女',
          s.birthDate,
          c.region,
          '',
          '',
          '',
        ];
        expected.push({ row, field: '公民身份号码', code: 'DUPLICATE_RESIDENT_ID' });
      } else {
        const s = ledger.sameChild;
        cells = [s.familyName + s.givenName, c.id, c.sex, c.birthDate, s.regionCode, '', '', ''];
        cells[3] = s.birthDate;
        const first17 = `${s.regionCode.slice(0, 6)}${s.birthDate.replace(/-/g, '')}${String(980 + (i % 2)).padStart(3, '0')}`;
        cells[1] = first17 + residentIdCheckChar(first17);
        cells[2] = i % 2 ? '男' : '女';
        expected.push({ row, field: '姓名', code: 'DUPLICATE_CHILD' });
      }
    }
    if (!out.write(`${cells.join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return expected;
}

const IMPORT = `mutation ($input: ImportChildrenInput!) { importChildren(input: $input) { id status errorReportPath } }`;
const JOB = `query ($id: ID!) { childImport(id: $id) {
  status rowsRead imported rejected duplicates failure peakRssMiB errors(first: 5) { row field code message } } }`;

/** 100,000 rows through the running registry: counts, the exact error report, progress, memory. */
describe('registry: bulk import of a 100,000-row ledger file', () => {
  // The heap limit of production (deploy/k8s/base/apps/registry.yaml sets 512), lower: the import
  // must work in it, and the process's memory then no longer depends on how busy the machine is
  // (without a limit, V8 grows the heap further when its collector is slow, as on a busy core).
  const importing = importingRegistryForThisBlock({
    LOG_LEVEL: 'info',
    NODE_OPTIONS: '--max-old-space-size=384',
  });

  it('imports every valid row, refuses each seeded bad row with its field and code, in bounded memory', async () => {
    // Two children already in the ledger, which the file repeats.
    const sameId = aChild({
      familyName: '莫',
      givenName: '已登记',
      birthDate: '2013-05-05',
      regionCode: '450703103201',
      residentIdNumber: idFor('450703', '2013-05-05', 970),
    });
    const sameChild = aChild({
      familyName: '莫',
      givenName: '同一人',
      birthDate: '2012-06-06',
      regionCode: '450721101201',
      residentIdNumber: idFor('450721', '2012-06-06', 972),
    });
    for (const c of [sameId, sameChild]) {
      const res = await graphql(
        importing.svc.url,
        'mutation ($i: RegisterChildInput!) { registerChild(input: $i) { id } }',
        {
          i: c,
        },
      );
      expect(res.errors).toBeUndefined();
    }

    let t = Date.now();
    const expected = await writeLedger(join(importing.dir, 'ledger-100k.csv'), { sameId, sameChild });
    const generateSeconds = (Date.now() - t) / 1000;
    expect(expected).toHaveLength(Math.ceil((ROWS - 500) / 1000));

    t = Date.now();
    const started = await graphql(importing.svc.url, IMPORT, { input: { path: 'ledger-100k.csv' } });
    expect(started.errors).toBeUndefined();
    const { id, errorReportPath } = started.data.importChildren;

    const seen: number[] = [];
    const job = await waitFor(
      'the import to finish',
      async () => {
        const res = await graphql(importing.svc.url, JOB, { id });
        const j = res.data?.childImport;
        if (j?.status === 'RUNNING') seen.push(j.rowsRead);
        return j && j.status !== 'RUNNING' ? j : null;
      },
      { timeoutMs: 3_000_000, intervalMs: 5000 },
    );
    const importSeconds = (Date.now() - t) / 1000;

    expect(job).toMatchObject({
      status: 'COMPLETED',
      failure: null,
      rowsRead: ROWS,
      imported: ROWS - expected.length,
      rejected: expected.length,
      duplicates: expected.filter((e) => e.code.startsWith('DUPLICATE_')).length,
    });
    // Progress was visible while it ran.
    expect(seen.some((n) => n > 0 && n < ROWS)).toBe(true);
    expect(await importing.svc.db.collection('children').countDocuments()).toBe(ROWS - expected.length + 2);

    // The downloadable report: exactly the seeded rows, each with its column and code.
    const reportUrl = `http://127.0.0.1:${importing.svc.process.port}${errorReportPath}`;
    const res = await fetch(reportUrl, {
      headers: await withGatewayCredential(await viaGateway(OFFICER), reportUrl),
    });
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = parse(await res.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(lines.map((l) => ({ row: Number(l.row), field: l.field, code: l.code }))).toEqual(expected);
    expect(lines.every((l) => l.message.length > 0)).toBe(true);
    const dupInFile = lines.find((l) => l.code === 'DUPLICATE_RESIDENT_ID' && l.message.includes('row'));
    expect(dupInFile?.message).toMatch(/same as in row \d+ of this file/);

    // Memory: the service's own figure, and its log line.
    expect(job.peakRssMiB).toBeGreaterThan(0);
    if (process.env.SHOW_IMPORT_FIGURES) console.log(`import peak RSS ${job.peakRssMiB} MiB`);
    expect(job.peakRssMiB).toBeLessThan(600);
    expect(importing.svc.process.logs).toContain('import finished');

    // Every imported child's events get published: the batches' outbox documents drain.
    t = Date.now();
    await waitFor(
      'the import outbox to drain',
      async () =>
        (await importing.svc.db.collection('child_import_outbox').countDocuments({ outboxPending: true })) ===
        0,
      { timeoutMs: 900_000, intervalMs: 5000 },
    );
    const drainSeconds = (Date.now() - t) / 1000;
    console.log(
      JSON.stringify({
        rows: ROWS,
        generateSeconds,
        importSeconds,
        drainSeconds,
        peakRssMiB: job.peakRssMiB,
      }),
    );
  }, 4_200_000);
});
