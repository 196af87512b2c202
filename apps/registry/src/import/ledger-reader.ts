import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { Transform } from 'node:stream';
import { canonicalHeader, type LedgerRow } from './ledger-columns';

export type LedgerFormat = 'CSV' | 'XLSX';

/** A row larger than this stops the import (a broken file, not a ledger). */
export const MAX_ROW_BYTES = 1_000_000;

export function formatOf(path: string): LedgerFormat | null {
  const ext = extname(path).toLowerCase();
  return ext === '.csv' ? 'CSV' : ext === '.xlsx' ? 'XLSX' : null;
}

/**
 * The rows of a ledger file, one at a time, read as a stream: memory does not grow with the file
 * (an XLSX file's shared-string table excepted, which Excel keeps whole). Row numbers are those
 * a person sees in Excel or a text editor: the header is row 1.
 */
export async function* readLedger(path: string, format: LedgerFormat): AsyncGenerator<LedgerRow> {
  const rows = format === 'CSV' ? csvRows(path) : xlsxRows(path);
  let headers: string[] | null = null;
  for await (const { row, values } of rows) {
    if (!headers) {
      headers = values.map(canonicalHeader);
      yield { row, cells: {}, headers };
      continue;
    }
    if (values.every((v) => !v.trim())) continue;
    const cells: Record<string, string> = {};
    headers.forEach((h, i) => {
      if (h) cells[h] = values[i] ?? '';
    });
    yield { row, cells };
  }
}

/** Counties' CSV files come from Excel as UTF-8 (often with a BOM) or as GB18030/GBK. */
async function sniffEncoding(path: string): Promise<'utf-8' | 'gb18030'> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(64 * 1024), 0, 64 * 1024, 0);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, bytesRead), { stream: true });
      return 'utf-8';
    } catch {
      return 'gb18030';
    }
  } finally {
    await file.close();
  }
}

async function* csvRows(path: string): AsyncGenerator<{ row: number; values: string[] }> {
  const decoder = new TextDecoder(await sniffEncoding(path));
  const decode = new Transform({
    transform(chunk: Buffer, _enc, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
  const parser = createReadStream(path)
    .pipe(decode)
    .pipe(parse({ bom: true, relax_column_count: true, max_record_size: MAX_ROW_BYTES }));
  let row = 0;
  for await (const values of parser as AsyncIterable<string[]>) {
    row += 1;
    yield { row, values };
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

async function* xlsxRows(path: string): AsyncGenerator<{ row: number; values: string[] }> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache', // dates are numbers without their cell styles
    entries: 'ignore',
  });
  for await (const sheet of workbook) {
    for await (const row of sheet) {
      const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
      yield { row: row.number, values };
    }
    return; // the ledger is the first worksheet
  }
}
