import { DomainError } from '@qz/kernel';

/** issue 8 §5: a page of the access log holds at most this many entries. */
export const MAX_ACCESS_LOG_PAGE = 200;

export function checkLogPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_ACCESS_LOG_PAGE)
    throw new DomainError(
      'PAGE_SIZE_OUT_OF_RANGE',
      `first must be 1 to ${MAX_ACCESS_LOG_PAGE}, got ${first}`,
      'invalid',
      { field: 'first' },
    );
}

/** Cursors are opaque: the last entry's id (a UUID), base64url. */
export const encodeLogCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');

export function decodeLogCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (cursor.length > 100 || !/^[0-9a-f-]{36}$/.test(id))
    throw new DomainError('INVALID_CURSOR', 'after is not a cursor this log gave out', 'invalid', {
      field: 'after',
    });
  return id;
}
