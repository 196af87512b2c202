import { DomainError, type LocalDate } from '@qz/kernel';
import type { ChildFilter } from './child-list.inputs';

export const MAX_PAGE_SIZE = 200;

/** The date `years` years before `on` (29 Feb falls back to 28 Feb). */
function yearsBefore(on: LocalDate, years: number): LocalDate {
  const y = Number(on.slice(0, 4)) - years;
  const md = on.slice(5) === '02-29' ? '02-28' : on.slice(5);
  return `${String(y).padStart(4, '0')}-${md}`;
}

/** The store filter for a caseworker's list, as of `today`. */
export function childListFilter(f: ChildFilter, today: LocalDate): Record<string, unknown> {
  const q: Record<string, unknown> = { regionPath: f.regionCode, mergedInto: null };
  if (f.category) q.categoryCodes = f.category;
  if (f.leftBehind !== undefined && f.leftBehind !== null) q['classification.leftBehind'] = f.leftBehind;
  if (f.inDifficulty !== undefined && f.inDifficulty !== null)
    q['classification.inDifficulty'] = f.inDifficulty;
  if (f.guardianshipGap === true)
    q['guardianship.state.situation'] = { $in: ['NO_AGREEMENT', 'AGREEMENT_ENDED', 'AGREEMENT_ENDING_SOON'] };
  if (f.guardianshipGap === false)
    q['guardianship.state.situation'] = {
      $nin: ['NO_AGREEMENT', 'AGREEMENT_ENDED', 'AGREEMENT_ENDING_SOON'],
    };
  if (f.riskLevel) q['visiting.riskLevel'] = f.riskLevel;
  if (f.visitOverdue === true) q['visiting.nextVisitDue'] = { $lt: today };
  if (f.visitOverdue === false) q['visiting.nextVisitDue'] = { $gte: today };
  if (f.provisional !== undefined && f.provisional !== null)
    q.provisional = f.provisional ? true : { $ne: true };
  const birth: Record<string, string> = {};
  if (f.minAge !== undefined && f.minAge !== null) birth.$lte = yearsBefore(today, f.minAge);
  if (f.maxAge !== undefined && f.maxAge !== null) birth.$gt = yearsBefore(today, f.maxAge + 1);
  if (f.minAge != null && f.maxAge != null && f.minAge > f.maxAge)
    throw new DomainError(
      'AGE_RANGE_INVALID',
      `filter.minAge ${f.minAge} is above filter.maxAge ${f.maxAge}`,
      'invalid',
      {
        field: 'filter.minAge',
      },
    );
  if (Object.keys(birth).length) q.birthDate = birth;
  return q;
}

/** Cursors are opaque to clients: the last child's id, base64url. */
export const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');

export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (cursor.length > 100 || !/^[0-9a-f-]{36}$/.test(id))
    throw new DomainError('INVALID_CURSOR', 'after is not a cursor this list gave out', 'invalid', {
      field: 'after',
    });
  return id;
}

export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw new DomainError(
      'PAGE_SIZE_OUT_OF_RANGE',
      `first must be 1 to ${MAX_PAGE_SIZE}, got ${first}`,
      'invalid',
      {
        field: 'first',
      },
    );
}

/**
 * A page of the store as a GraphQL connection: each item an edge with its cursor, in order. The
 * total is null when the query did not ask for it (its resolver then never reads it).
 */
export function toConnection<T, N, C extends number | null>(
  page: { items: T[]; hasMore: boolean; total: C },
  cursorOf: (item: T) => string,
  nodeOf: (item: T) => N,
) {
  const edges = page.items.map((item) => ({ cursor: cursorOf(item), node: nodeOf(item) }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasMore, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.total,
  };
}
