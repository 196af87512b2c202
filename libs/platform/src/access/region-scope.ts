import { isRegionCode, regionCovers } from '@qz/identity';

/** Argument names that name a region, checked against the asker's subtree before a resolver runs. */
const REGION_ARGS = new Set(['regionCode', 'region', 'under', 'countyCode', 'townshipCode', 'villageCode']);
const CHILD_ARGS = new Set(['childId', 'childIds']);
const MAX_DEPTH = 4;

export interface NamedInArgs {
  regions: string[];
  childIds: string[];
}

/** The region codes and child ids an operation's arguments name (inputs included). */
export function namedInArgs(args: unknown): NamedInArgs {
  const found: NamedInArgs = { regions: [], childIds: [] };
  const walk = (value: unknown, depth: number) => {
    if (depth > MAX_DEPTH || value == null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => walk(v, depth + 1));
    for (const [key, v] of Object.entries(value)) {
      if (REGION_ARGS.has(key) && isRegionCode(v)) found.regions.push(v);
      else if (CHILD_ARGS.has(key)) {
        for (const id of Array.isArray(v) ? v : [v]) if (typeof id === 'string') found.childIds.push(id);
      } else walk(v, depth + 1);
    }
  };
  walk(args, 0);
  return found;
}

/**
 * The first region code in a result that lies outside the scope: objects carrying `regionCode`,
 * through lists and connections (`edges[].node`, `nodes`, `items`), a few levels deep. A region
 * above the scope (the city's standard seen by a county officer) is not outside it: records of
 * a whole city or county are rules and budgets, while a child's records carry the child's village.
 */
export function regionOutside(scope: string, result: unknown): string | null {
  const seen = new Set<unknown>();
  const walk = (value: unknown, depth: number): string | null => {
    if (depth > MAX_DEPTH || value == null || typeof value !== 'object' || seen.has(value)) return null;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const v of value) {
        const out = walk(v, depth + 1);
        if (out) return out;
      }
      return null;
    }
    const record = value as Record<string, unknown>;
    const code = record['regionCode'];
    if (isRegionCode(code) && !regionCovers(scope, code) && !regionCovers(code, scope)) return code;
    for (const v of Object.values(record)) {
      if (v && typeof v === 'object' && !(v instanceof Date)) {
        const out = walk(v, depth + 1);
        if (out) return out;
      }
    }
    return null;
  };
  return walk(result, 0);
}
