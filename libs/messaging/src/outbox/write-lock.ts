/**
 * Serialises writes to one collection within this process.
 *
 * FerretDB 1.24 (SQLite backend) applies an update by reading the document, changing it and
 * writing it back, without isolation: two concurrent updates of one document can lose one of
 * them (100 concurrent `$inc` of one field have been seen to end at 31). The outbox relay's
 * acknowledgement and a repository's change of the same document are such a pair. Every write to
 * a collection that carries an outbox goes through this lock, so within one service instance they
 * never overlap. MongoDB needs none of this; there it only orders writes that are ordered anyway.
 */
const tails = new Map<string, Promise<unknown>>();

/** A driver collection, or mongoose's wrapper of one (which knows its database through `conn`). */
interface CollectionLike {
  collectionName: string;
  namespace?: string;
  conn?: { name?: string };
}

export function withWriteLock<T>(collection: CollectionLike, write: () => Promise<T>): Promise<T> {
  const key = collection.namespace ?? `${collection.conn?.name ?? ''}.${collection.collectionName}`;
  const run = (tails.get(key) ?? Promise.resolve()).then(write, write);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}
