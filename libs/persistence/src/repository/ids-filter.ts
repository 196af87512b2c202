/**
 * The filter of a read of documents by `_id`, one store query whatever their number: `{_id: id}`
 * for one id, `{_id: {$in: ids}}` for more (duplicates dropped). The same documents on any store;
 * on FerretDB 1.x, which hands PostgreSQL plain equality only, one id is an index look-up where
 * `$in` of one id reads the whole collection (a consumer's read of the one child an event names).
 */
export function idsFilter(ids: readonly string[]): { _id: string | { $in: string[] } } {
  const unique = [...new Set(ids)];
  return unique.length === 1 ? { _id: unique[0] } : { _id: { $in: unique } };
}
