import { describeShape, type FieldPredicate, type QueryShape, type SortKey } from './query-shape';

/** An index as declared (`Schema.index(key, options)`) or as the store lists it. */
export interface DeclaredIndex {
  key: Record<string, unknown>;
  unique?: boolean;
}

/**
 * Queries that read a whole collection on purpose. Each names the collection, the fields its
 * filter narrows by (exactly; `[]` for an empty filter; left out: any shape of the collection),
 * and why a scan is right there (e.g. a reference table of a few dozen rows).
 */
export interface ScanAllowance {
  collection: string;
  filter?: string[];
  reason: string;
}

/**
 * Fields a query may narrow by without an index key for them: the documents an index found are
 * checked for them. For optional narrowings of a list already bounded by an indexed field (a
 * caseworker's list of one region's children, narrowed by category, age...), where an index per
 * combination would cost every write more than it saves.
 */
export interface ResidualAllowance {
  collection: string;
  fields: string[];
  reason: string;
}

export interface CoveragePolicy {
  scans?: readonly ScanAllowance[];
  residuals?: readonly ResidualAllowance[];
}

export type Coverage = { covered: true; by: string } | { covered: false; why: string };

const keyText = (key: Record<string, unknown>) =>
  `{${Object.entries(key)
    .map(([k, v]) => `${k}:${String(v)}`)
    .join(', ')}}`;

const narrows = (p: FieldPredicate) => p.kind !== 'not';
const samePaths = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * Whether an index lets the store answer one conjunction (no `$or`) without reading documents it
 * does not return and without sorting in memory. MongoDB's rules (the ESR rule):
 * - equality (or `$in`) on `_id`, or on every key of a unique index: a point lookup, covered;
 * - otherwise an index whose keys, from the first, are the query's equality fields (any order),
 *   then its sort fields in order (all in the index's direction or all reversed; a sort field
 *   fixed by an equality is skipped), then its range fields; its first key must narrow the query
 *   (an index that only sorts still reads every entry);
 * - every narrowing field of the query must be such a key, unless the policy lets it be checked
 *   on the documents found (residual); `$ne`/`$nin`/`$exists: false` never need a key;
 * - no narrowing field: covered only with a limit (the first documents) and no sort an index
 *   does not give; a whole collection read needs a ScanAllowance.
 */
function conjunctionCoveredBy(
  preds: FieldPredicate[],
  sort: SortKey[],
  limit: number | undefined,
  indexes: readonly DeclaredIndex[],
  residual: ReadonlySet<string>,
): Coverage {
  const narrowing = preds.filter(narrows);
  const byPath = new Map(narrowing.map((p) => [p.path, p]));
  const id = byPath.get('_id');
  if (id && (id.kind === 'eq' || id.kind === 'in')) return { covered: true, by: '_id (point lookup)' };
  for (const index of indexes) {
    const keys = Object.keys(index.key);
    if (index.unique && keys.every((k) => ['eq', 'in'].includes(byPath.get(k)?.kind ?? '')))
      return { covered: true, by: `unique ${keyText(index.key)} (point lookup)` };
  }
  if (!narrowing.length) {
    if (!limit) return { covered: false, why: 'reads the whole collection' };
    if (!sort.length) return { covered: true, by: 'limit (the first documents, no filter)' };
  }
  for (const index of indexes) {
    const entries = Object.entries(index.key);
    const used = new Set<string>();
    let i = 0;
    // E: equality and $in fields.
    while (i < entries.length && ['eq', 'in'].includes(byPath.get(entries[i][0])?.kind ?? ''))
      used.add(entries[i++][0]);
    // S: the sort, in order, all forward or all reversed; sort fields fixed by an equality skip.
    const sortLeft = sort.filter((s) => byPath.get(s.path)?.kind !== 'eq');
    let direction = 0;
    let sorted = true;
    for (const s of sortLeft) {
      const entry = entries[i];
      const dir = entry && (entry[1] === 1 || entry[1] === -1) ? (entry[1] as number) * s.dir : 0;
      if (!entry || entry[0] !== s.path || dir === 0 || (direction && dir !== direction)) {
        sorted = false;
        break;
      }
      direction = dir;
      used.add(entries[i++][0]);
    }
    if (!sorted) continue;
    // R: any further narrowing field the index holds.
    while (i < entries.length && byPath.has(entries[i][0])) used.add(entries[i++][0]);
    const bounded = entries.length > 0 && byPath.has(entries[0][0]);
    if (!bounded && !(limit && !narrowing.length)) continue;
    const rest = narrowing.filter((p) => !used.has(p.path) && !residual.has(p.path));
    if (rest.length) continue;
    return { covered: true, by: keyText(index.key) };
  }
  return { covered: false, why: `no index serves it; ESR would be ${keyText(suggestIndex(preds, sort))}` };
}

/** The index the ESR rule gives for a conjunction: equality fields, sort fields, range fields. */
export function suggestIndex(preds: FieldPredicate[], sort: SortKey[]): Record<string, 1 | -1> {
  const key: Record<string, 1 | -1> = {};
  for (const p of preds) if (p.kind === 'eq' || p.kind === 'in') key[p.path] = 1;
  for (const s of sort) if (!(s.path in key)) key[s.path] = s.dir;
  for (const p of preds) if (p.kind === 'range' && !(p.path in key)) key[p.path] = 1;
  return key;
}

/**
 * Whether `indexes` (the collection's declared indexes; the `_id` index is implied) serve the
 * query `shape`. An `$or` is served when each alternative (with the predicates beside the `$or`)
 * is: the store then scans one index per alternative and merges.
 */
export function coveredBy(
  shape: QueryShape,
  indexes: readonly DeclaredIndex[],
  policy: CoveragePolicy = {},
): Coverage {
  const scan = policy.scans?.find(
    (a) =>
      a.collection === shape.collection &&
      (!a.filter ||
        (samePaths(
          a.filter,
          shape.filter.filter(narrows).map((p) => p.path),
        ) &&
          !shape.or.length)),
  );
  if (scan) return { covered: true, by: `allowed scan: ${scan.reason}` };
  const residual = new Set(
    (policy.residuals ?? []).filter((r) => r.collection === shape.collection).flatMap((r) => r.fields),
  );
  const all = [{ key: { _id: 1 }, unique: true }, ...indexes];
  const alternatives = shape.or.length ? shape.or.map((o) => [...shape.filter, ...o]) : [shape.filter];
  const found: string[] = [];
  for (const preds of alternatives) {
    const c = conjunctionCoveredBy(preds, shape.sort, shape.limit, all, residual);
    if (!c.covered) {
      const which = shape.or.length ? ` ($or alternative {${preds.map((p) => p.path).join(', ')}})` : '';
      return { covered: false, why: `${describeShape(shape)}: ${c.why}${which}` };
    }
    found.push(c.by);
  }
  return { covered: true, by: [...new Set(found)].join(' + ') };
}
