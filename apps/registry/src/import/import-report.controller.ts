import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { ImportJobRepository } from './import-job.repository';

/** A cell as CSV: quoted when needed; a leading = + - @ neutralised so Excel shows text, not a formula. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The error report of an import as a CSV download (UTF-8 with a BOM, which Excel needs for Chinese). */
@Controller('imports')
export class ImportReportController {
  constructor(private readonly jobs: ImportJobRepository) {}

  @Get(':id/errors.csv')
  async report(@Param('id') id: string, @Res() res: ServerResponse): Promise<void> {
    const job = await this.jobs.find(id);
    if (!job) throw new NotFoundException(`no import ${id}`);
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
