import { parse } from 'csv-parse/sync';
import { DomainError, parentOf } from '@qz/kernel';
import type { RegionLevel } from './region.schema';

export const REGION_LEVELS: readonly RegionLevel[] = ['CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'];

/** Digits of a division code at each level: 450700, 450702, 450702100, 450702100201. */
const CODE_LENGTH: Record<RegionLevel, number> = { CITY: 6, COUNTY: 6, TOWNSHIP: 9, VILLAGE: 12 };

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

/** A region with the codes from the root down to itself (`path`), for subtree queries. */
export interface RegionNode extends RegionRow {
  path: string[];
}

export interface RegionRowError {
  /** 1-based data row (the header of a CSV file is not counted). */
  row: number;
  field: string;
  message: string;
}

/** Reads a region file: CSV with the header `code,name,level,parentCode`, or a JSON array of rows. */
export function parseRegionFile(fileName: string, text: string): Record<string, unknown>[] {
  if (fileName.toLowerCase().endsWith('.json')) {
    const data: unknown = JSON.parse(text);
    if (!Array.isArray(data)) throw regionFileError('a JSON region file holds an array of rows');
    return data as Record<string, unknown>[];
  }
  return parse(text.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true });
}

/**
 * Checks a whole set of rows against itself and the regions already known, and returns them with
 * their paths, parents before children. Any error refuses the whole set: a tree is never half
 * imported.
 */
export function buildRegionTree(rows: Record<string, unknown>[], known: ReadonlyMap<string, RegionNode>) {
  const errors: RegionRowError[] = [];
  const parsed = new Map<string, RegionRow & { row: number }>();
  rows.forEach((raw, i) => {
    const row = i + 1;
    const fail = (field: string, message: string) => errors.push({ row, field, message });
    const code = String(raw.code ?? '').trim();
    const name = String(raw.name ?? '').trim();
    const level = String(raw.level ?? '').trim() as RegionLevel;
    const parentCode = String(raw.parentCode ?? '').trim() || null;
    if (!REGION_LEVELS.includes(level))
      return fail('level', `level must be one of ${REGION_LEVELS.join(', ')}`);
    if (!new RegExp(`^\\d{${CODE_LENGTH[level]}}$`).test(code))
      return fail('code', `a ${level} code has ${CODE_LENGTH[level]} digits, got "${code.slice(0, 20)}"`);
    if (!name || name.length > 64) return fail('name', 'name is required, at most 64 characters');
    if (parsed.has(code)) return fail('code', `code ${code} appears twice in the file`);
    if ((level === 'CITY') !== (parentCode === null))
      return fail('parentCode', level === 'CITY' ? 'a city has no parent' : 'parentCode is required');
    parsed.set(code, { code, name, level, parentCode, row });
  });

  const nodes = new Map<string, RegionNode>();
  const resolve = (code: string, seen: Set<string>): RegionNode | undefined => {
    const done = nodes.get(code) ?? (parsed.has(code) ? undefined : known.get(code));
    if (done) return done;
    const r = parsed.get(code);
    if (!r || seen.has(code)) return undefined;
    seen.add(code);
    if (r.parentCode === null) {
      const node = { code, name: r.name, level: r.level, parentCode: null, path: [code] };
      nodes.set(code, node);
      return node;
    }
    const parent = resolve(r.parentCode, seen);
    const fail = (message: string) => {
      errors.push({ row: r.row, field: 'parentCode', message });
      return undefined;
    };
    if (!parent) return fail(`parent ${r.parentCode} is neither in the file nor a known region`);
    const expected = REGION_LEVELS[REGION_LEVELS.indexOf(r.level) - 1];
    if (parent.level !== expected)
      return fail(`the parent of a ${r.level} is a ${expected}, ${parent.code} is a ${parent.level}`);
    if (parentOf(code) !== parent.code)
      return fail(
        `code ${code} does not start with its parent's code ${parent.code} (its parent is ${parentOf(code)})`,
      );
    const node = {
      code,
      name: r.name,
      level: r.level,
      parentCode: parent.code,
      path: [...parent.path, code],
    };
    nodes.set(code, node);
    return node;
  };
  for (const code of parsed.keys()) resolve(code, new Set());
  if (errors.length) throw regionRowsInvalid(errors);
  return [...nodes.values()].sort((a, b) => a.path.length - b.path.length || a.code.localeCompare(b.code));
}

const regionFileError = (message: string) =>
  new DomainError('REGION_FILE_INVALID', message, 'invalid', { field: 'file' });

export function regionRowsInvalid(errors: RegionRowError[]) {
  errors.sort((a, b) => a.row - b.row);
  const shown = errors.slice(0, 20).map((e) => `row ${e.row} ${e.field}: ${e.message}`);
  return new DomainError(
    'REGION_FILE_INVALID',
    `${errors.length} row(s) of the region file are wrong, nothing was imported: ${shown.join('; ')}`,
    'invalid',
    { field: 'file', errors: errors.slice(0, 1000) },
  );
}
