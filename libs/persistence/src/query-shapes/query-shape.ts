/**
 * The shape of a query as the store receives it: which collection, which fields it narrows by and
 * how, which fields it sorts by. Values are left out (two queries differing only in values need
 * the same index), so a shape is what an index is chosen for.
 */

/**
 * How a predicate narrows a field, as an index sees it:
 * - `eq`: one value (`{a: v}`, `$eq`, an array field holding v) — an index point;
 * - `in`: a few values (`$in`) — a few points, sortable by the next key like an equality;
 * - `range`: an interval (`$gt/$gte/$lt/$lte`, a regex, `$exists: true`, anything else an index
 *   can bound);
 * - `not`: what no index narrows (`$ne`, `$nin`, `$not`, `$exists: false`): checked on the
 *   documents the rest of the query found.
 */
export type PredicateKind = 'eq' | 'in' | 'range' | 'not';

export interface FieldPredicate {
  path: string;
  kind: PredicateKind;
}

export interface SortKey {
  path: string;
  dir: 1 | -1;
}

export interface QueryShape {
  collection: string;
  /** The command that carried it: find, count, aggregate, update, delete, findAndModify, distinct. */
  command: string;
  /** The predicates joined by AND (an `$and` is flattened into them). */
  filter: FieldPredicate[];
  /** Alternatives (`$or`), each ANDed with `filter`; empty when there is none. */
  or: FieldPredicate[][];
  sort: SortKey[];
  /** The query stops after this many documents (find's or a pipeline's `$limit`). */
  limit?: number;
}

const RANK: Record<PredicateKind, number> = { eq: 3, in: 2, range: 1, not: 0 };

/**
 * Path segments that are data rather than schema (a map keyed by an id, e.g. a budget's
 * `reservations.<applicationId>`) are written as `*`, so one query with different ids is one shape.
 */
const DATA_SEGMENT = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{6,})$/i;
export const normalisePath = (path: string) =>
  path
    .split('.')
    .map((s) => (DATA_SEGMENT.test(s) ? '*' : s))
    .join('.');

function kindOf(condition: unknown): PredicateKind {
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) return 'eq';
  if (condition instanceof Date || condition instanceof RegExp)
    return condition instanceof RegExp ? 'range' : 'eq';
  const ops = Object.keys(condition);
  // A sub-document compared whole ({a: {b: 1}}) or a driver value (ObjectId, Decimal128): one value.
  if (!ops.length || !ops.every((o) => o.startsWith('$'))) return 'eq';
  const c = condition as Record<string, unknown>;
  const kinds = ops.map((op): PredicateKind => {
    switch (op) {
      case '$eq':
        return 'eq';
      case '$in':
        return Array.isArray(c[op]) && (c[op] as unknown[]).length === 1 ? 'eq' : 'in';
      case '$ne':
      case '$nin':
      case '$not':
        return 'not';
      case '$exists':
        return c[op] ? 'range' : 'not';
      case '$options':
        return 'not';
      default:
        return 'range'; // $gt $gte $lt $lte $regex $elemMatch $all $size $type ...
    }
  });
  return kinds.reduce((best, k) => (RANK[k] > RANK[best] ? k : best), 'not' as PredicateKind);
}

/** The predicates of a filter document; `$or` alternatives go to `or` (nested ones flattened). */
export function predicatesOf(filter: Record<string, unknown> | undefined): {
  filter: FieldPredicate[];
  or: FieldPredicate[][];
} {
  const out: FieldPredicate[] = [];
  let or: FieldPredicate[][] = [];
  const add = (p: FieldPredicate) => {
    const same = out.find((q) => q.path === p.path);
    if (!same) out.push(p);
    else if (RANK[p.kind] > RANK[same.kind]) same.kind = p.kind;
  };
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) {
        const inner = predicatesOf(part as Record<string, unknown>);
        inner.filter.forEach(add);
        if (inner.or.length) or = or.length ? cross(or, inner.or) : inner.or;
      }
    } else if (key === '$or' && Array.isArray(value)) {
      const alternatives = value.flatMap((part) => {
        const inner = predicatesOf(part as Record<string, unknown>);
        return inner.or.length ? inner.or.map((o) => [...inner.filter, ...o]) : [inner.filter];
      });
      or = or.length ? cross(or, alternatives) : alternatives;
    } else if (key === '$nor') {
      // Every alternative negated: nothing an index narrows.
      for (const part of (value as Record<string, unknown>[]) ?? [])
        for (const p of Object.keys(part)) add({ path: normalisePath(p), kind: 'not' });
    } else if (key.startsWith('$')) {
      // $expr, $where, $text, $comment: no field an index narrows here.
      if (key !== '$comment') add({ path: key, kind: 'not' });
    } else {
      add({ path: normalisePath(key), kind: kindOf(value) });
    }
  }
  return { filter: out, or };
}

const cross = (a: FieldPredicate[][], b: FieldPredicate[][]) => a.flatMap((x) => b.map((y) => [...x, ...y]));

/** A sort as the driver sends it: an object, or (driver 6, a cursor's `.sort()`) a Map. */
function sortOf(sort: unknown): SortKey[] {
  if (!sort || typeof sort !== 'object') return [];
  const entries = sort instanceof Map ? [...sort.entries()] : Object.entries(sort);
  return entries
    .map(([path, d]) => [
      path,
      d === 'asc' || d === 'ascending' ? 1 : d === 'desc' || d === 'descending' ? -1 : d,
    ])
    .filter(([, d]) => d === 1 || d === -1)
    .map(([path, dir]) => ({ path: normalisePath(String(path)), dir: dir as 1 | -1 }));
}

function shape(
  collection: string,
  command: string,
  filter: Record<string, unknown> | undefined,
  sort?: unknown,
  limit?: number,
): QueryShape {
  const s: QueryShape = { collection, command, ...predicatesOf(filter), sort: sortOf(sort) };
  if (typeof limit === 'number' && limit > 0) s.limit = limit;
  return s;
}

/**
 * The query shapes one driver command carries (a command started event's `commandName` and
 * `command`): none for commands that read or write no documents by a filter (insert, getMore,
 * createIndexes, hello...). A pipeline's shape is its leading `$match` and the `$sort` and `$limit`
 * that follow it directly (what an index can serve).
 */
export function shapesOfCommand(commandName: string, command: Record<string, any>): QueryShape[] {
  switch (commandName) {
    case 'find':
      return [shape(command.find, 'find', command.filter, command.sort, command.limit)];
    case 'count':
      return [shape(command.count, 'count', command.query, undefined, command.limit)];
    case 'distinct':
      return [shape(command.distinct, 'distinct', command.query)];
    case 'findAndModify':
      return [shape(command.findAndModify, 'findAndModify', command.query, command.sort)];
    case 'update':
      return (command.updates ?? []).map((u: any) =>
        shape(command.update, 'update', u.q, undefined, u.multi ? undefined : 1),
      );
    case 'delete':
      return (command.deletes ?? []).map((d: any) =>
        shape(command.delete, 'delete', d.q, undefined, d.limit || undefined),
      );
    case 'aggregate': {
      if (typeof command.aggregate !== 'string') return [];
      const stages: Record<string, any>[] = command.pipeline ?? [];
      let i = 0;
      const match = stages[i]?.$match ? stages[i++].$match : {};
      const sort = stages[i]?.$sort ? stages[i++].$sort : undefined;
      const limit = stages[i]?.$limit ?? undefined;
      return [shape(command.aggregate, 'aggregate', match, sort, limit)];
    }
    default:
      return [];
  }
}

/** A shape as one line of text, e.g. `children find {regionPath:eq, mergedInto:eq} sort {_id:1}`. */
export function describeShape(s: QueryShape): string {
  const preds = (ps: FieldPredicate[]) => ps.map((p) => `${p.path}:${p.kind}`).join(', ');
  const or = s.or.length ? ` $or [${s.or.map((o) => `{${preds(o)}}`).join(' | ')}]` : '';
  const sort = s.sort.length ? ` sort {${s.sort.map((k) => `${k.path}:${k.dir}`).join(', ')}}` : '';
  const limit = s.limit ? ' limit' : '';
  return `${s.collection} ${s.command} {${preds(s.filter)}}${or}${sort}${limit}`;
}

/** A key that is the same for shapes that need the same index (the command aside). */
export const shapeKey = (s: QueryShape) => describeShape({ ...s, command: '' });
