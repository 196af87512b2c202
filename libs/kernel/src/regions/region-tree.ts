import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../errors/domain-error';
import { isRegionCode, townshipOf } from './region-code';

/** The levels of 四级网络: city → county/district → township/street → village/community. */
export type RegionTreeLevel = 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

export interface RegionEntry {
  code: string;
  name: string;
  level: RegionTreeLevel;
  /** null for the root of the tree (the city). */
  parentCode: string | null;
}

/** The file of the official table shipped with the kernel (NBS 2023, see data/README.md). */
export const OFFICIAL_DIVISIONS_FILE = join(__dirname, '..', '..', 'data', 'qinzhou-divisions-2023.csv');

const LEVELS: Record<string, RegionTreeLevel> = {
  city: 'CITY',
  county: 'COUNTY',
  township: 'TOWNSHIP',
  village: 'VILLAGE',
};

/** A set of regions to check codes against and to name them by. */
export class RegionTree {
  private readonly byCode: ReadonlyMap<string, RegionEntry>;

  constructor(entries: readonly RegionEntry[]) {
    this.byCode = new Map(entries.map((e) => [e.code, e]));
  }

  get entries(): RegionEntry[] {
    return [...this.byCode.values()];
  }

  get(code: string): RegionEntry | undefined {
    return this.byCode.get(code);
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  nameOf(code: string): string | undefined {
    return this.byCode.get(code)?.name;
  }

  /** The region, or UNKNOWN_REGION naming `field` when it is not in this tree. */
  requireKnown(code: string, field: string): RegionEntry {
    const entry = isRegionCode(code) ? this.byCode.get(code) : undefined;
    if (!entry) throw unknownRegion(code, field);
    return entry;
  }

  /**
   * A city, county or township code of this tree, or a village code (12 digits) whose township is
   * in it: village codes are not in the official table, so a service that holds only that table
   * checks a village by its township (the registry, which loads villages, checks the village itself).
   */
  requireKnownArea(code: string, field: string): string {
    if (!isRegionCode(code)) throw unknownRegion(code, field);
    const checked = (code.length === 12 && !this.byCode.has(code) && townshipOf(code)) || code;
    if (!this.byCode.has(checked)) throw unknownRegion(code, field);
    return code;
  }
}

export const unknownRegion = (code: string, field: string) =>
  new DomainError(
    'UNKNOWN_REGION',
    `${field} ${String(code).slice(0, 20)} is not a region of the loaded region tree`,
    'invalid',
    { field },
  );

/**
 * Reads a division table written `code,name,level,parent` (levels in lower case; the root's
 * parent lies outside the table and is dropped).
 */
export function parseDivisionTable(text: string): RegionEntry[] {
  const [header, ...lines] = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  if (header.trim() !== 'code,name,level,parent')
    throw new Error(`unexpected division table header: ${header}`);
  const rows = lines.map((line, i) => {
    const [code, name, level, parent, ...rest] = line.split(',').map((c) => c.trim());
    if (rest.length || !isRegionCode(code) || !name || !LEVELS[level] || !isRegionCode(parent)) {
      throw new Error(`division table row ${i + 1} is malformed: ${line}`);
    }
    return { code, name, level: LEVELS[level], parent };
  });
  const codes = new Set(rows.map((r) => r.code));
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level,
    parentCode: codes.has(r.parent) ? r.parent : null,
  }));
}

let official: RegionTree | undefined;

/** Qinzhou's official city, county and township codes (NBS 2023): the default tree. */
export function officialRegionTree(): RegionTree {
  official ??= new RegionTree(parseDivisionTable(readFileSync(OFFICIAL_DIVISIONS_FILE, 'utf8')));
  return official;
}
