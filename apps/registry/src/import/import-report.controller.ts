import { Controller, Get, HttpException, HttpStatus, Param, Req, Res } from '@nestjs/common';
import { regionCovers, type Identity } from '@qz/identity';
import { cityOf } from '@qz/kernel';
import { judge, type RequestWithIdentity } from '@qz/platform';
import type { ServerResponse } from 'node:http';
import { registryPolicy } from '../access/policy';
import { ImportJobRepository } from './import-job.repository';

/** A cell as CSV: quoted when needed; a leading = + - @ neutralised so Excel shows text, not a formula. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const refused = (status: HttpStatus, code: string, message: string) =>
  new HttpException({ errors: [{ message, extensions: { code } }] }, status);

/**
 * Who may download an import's error report: the roles that may read the import (`childImport` in
 * the policy table), working in a region that covers the import's. An import without a region (one
 * run from the command line) is the whole city's: only someone working for the city reads it.
 */
export function checkReportAccess(
  identity: Identity,
  jobRegion: string | null | undefined,
  id: string,
): void {
  const verdict = judge(registryPolicy.operations.childImport, identity);
  if (verdict !== 'ALLOWED')
    throw refused(HttpStatus.FORBIDDEN, verdict, `Your role may not read the error report of import ${id}.`);
  if (!regionCovers(identity.regionCode, jobRegion ?? cityOf(identity.regionCode)))
    throw refused(HttpStatus.FORBIDDEN, 'OUT_OF_REGION', `Import ${id} lies outside the region you work in.`);
}

/**
 * The error report of an import as a CSV download (UTF-8 with a BOM, which Excel needs for Chinese).
 * Like /graphql, it answers only requests with the gateway's credential (GatewayIdentityMiddleware,
 * applied by ImportModule): the rows quote ID numbers and names of the ledger.
 */
@Controller('imports')
export class ImportReportController {
  constructor(private readonly jobs: ImportJobRepository) {}

  @Get(':id/errors.csv')
  async report(
    @Param('id') id: string,
    @Req() req: RequestWithIdentity,
    @Res() res: ServerResponse,
  ): Promise<void> {
    if (!req.identity)
      throw refused(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', 'Send the request through the gateway.');
    const job = await this.jobs.find(id);
    if (!job) throw refused(HttpStatus.NOT_FOUND, 'NOT_FOUND', `No import ${id}.`);
    checkReportAccess(req.identity, job.regionCode, id);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="import-${id}-errors.csv"`);
    res.write('\uFEFFrow,field,code,message\r\n');
    for await (const e of this.jobs.streamErrors(id)) {
      const line = `${[e.row, e.field, e.code, e.message].map(csvCell).join(',')}\r\n`;
      if (!res.write(line)) await new Promise((r) => res.once('drain', r));
    }
    res.end();
  }
}
