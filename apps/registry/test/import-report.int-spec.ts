import { aUser, graphql, residentIdAt, viaGateway, waitFor, withGatewayCredential } from '@qz/testing';
import type { Identity } from '@qz/identity';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ImportingRegistry, startImportingRegistry } from './importing-registry';

const JOB =
  'query ($id: ID!) { childImport(id: $id) { status rejected failure columnsNotRead { column code } } }';

/** 钦南区's civil-affairs officer imports; the error report names a child of the ledger. */
const COUNTY_OFFICER = aUser('CIVIL_AFFAIRS_OFFICER', '450702');

const idFor = residentIdAt;

/** Issue 16 §6: the import error report (`GET /imports/<id>/errors.csv`) answered without a token. */
describe('registry: the import error report needs the gateway credential, a role and the region', () => {
  let importing: ImportingRegistry;
  let registry: ImportingRegistry['svc'];
  let reportUrl: string;
  let wrongDigit: string;
  let job: { status: string; rejected: number; columnsNotRead: { column: string; code: string }[] };

  beforeAll(async () => {
    importing = await startImportingRegistry();
    registry = importing.svc;
    const dir = importing.dir;
    const good = idFor('450702', '2015-07-01', 21);
    wrongDigit = idFor('450702', '2016-03-03', 25);
    wrongDigit = wrongDigit.slice(0, 17) + (wrongDigit[17] === '1' ? '2' : '1');
    writeFileSync(
      join(dir, 'ledger.csv'),
      [
        '序号,姓名,公民身份号码,性别,出生日期,户籍地区划代码,持残疾证',
        `1,韦报告,${good},女,2015-07-01,450702100201,是`,
        `2,黄错号,${wrongDigit},男,2016-03-03,450702100201,否`,
      ].join('\r\n'),
    );
    const headers = await viaGateway(COUNTY_OFFICER);
    const started = await graphql(
      registry.url,
      'mutation ($p: String!) { importChildren(input: {path: $p}) { id } }',
      { p: 'ledger.csv' },
      headers,
    );
    const id = started.data?.importChildren?.id as string;
    expect(id).toBeTruthy();
    job = await waitFor(
      'the import to finish',
      async () => {
        const r = await graphql(registry.url, JOB, { id }, headers);
        return r.data?.childImport?.status === 'RUNNING' ? null : (r.data?.childImport ?? null);
      },
      { timeoutMs: 60_000, intervalMs: 300 },
    );
    expect(job).toMatchObject({ status: 'COMPLETED' });
    expect(job.rejected).toBeGreaterThan(0);
    reportUrl = registry.url.replace(/\/graphql$/, `/imports/${id}/errors.csv`);
  }, 120_000);

  afterAll(() => importing?.stop());

  /** A GET carries no body: its credential is bound to the empty one. */
  const asGateway = async (user: Identity) => withGatewayCredential(await viaGateway(user), reportUrl);
  const codeOf = async (res: Response) => JSON.stringify(await res.json());

  it('issue 15 defect 4: tells the columns it does not read — 持残疾证 is the DPF’s to record', () => {
    expect(job.columnsNotRead).toEqual([
      { column: '序号', code: 'COLUMN_NOT_READ' },
      { column: '持残疾证', code: 'COLUMN_RECORDED_BY_DPF' },
    ]);
  });

  it('answers 401 UNAUTHENTICATED without the gateway credential', async () => {
    const res = await fetch(reportUrl);
    expect(res.status).toBe(401);
    expect(await codeOf(res)).toContain('UNAUTHENTICATED');
  });

  it('gives the CSV to the importing county’s civil-affairs officer', async () => {
    const res = await fetch(reportUrl, { headers: await asGateway(COUNTY_OFFICER) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const body = await res.text();
    expect(body).toContain('row,field,code,message');
    expect(body).toContain('RESIDENT_ID_CHECK_DIGIT');
  });

  it('refuses another county’s officer (OUT_OF_REGION) and a role that may not read imports (FORBIDDEN)', async () => {
    const other = await fetch(reportUrl, {
      headers: await asGateway(aUser('CIVIL_AFFAIRS_OFFICER', '450703')),
    });
    expect(other.status).toBe(403);
    expect(await codeOf(other)).toContain('OUT_OF_REGION');
    const school = await fetch(reportUrl, { headers: await asGateway(aUser('SCHOOL_STAFF', '450702')) });
    expect(school.status).toBe(403);
    expect(await codeOf(school)).toContain('FORBIDDEN');
  });
});
