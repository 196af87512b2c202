import { mongo } from 'mongoose';
import { withDocumentLease, withFreeDocumentLeases } from '../lease/document-lease';
import { runByKey } from './by-key';

/** Field on a consumer-owned document that remembers which events already changed it. */
export const APPLIED_EVENTS_FIELD = 'appliedEventIds';

/** How many applied event ids a document remembers; redeliveries come close behind the original. */
export const APPLIED_EVENTS_KEPT = 100;

export const isDuplicateKeyError = (e: unknown): boolean =>
  e instanceof mongo.MongoServerError && (e.code === 11000 || e.code === 11001);

type Update = { $set?: object; $setOnInsert?: object; $inc?: object; $push?: object; $addToSet?: object };

/**
 * Applies `update` to the document matching `filter` unless that document already records
 * `eventId`, in one single-document write: the effect and the record of it cannot be separated
 * by a crash. With `upsert`, a missing document is created. Returns false when the event had
 * already been applied. `filter` names the document by `_id`; the write holds its lease (see
 * document-lease.ts), or runs under the caller's lease of it.
 */
export async function applyOnce(...args: Parameters<typeof applyOnceReturning>): Promise<boolean> {
  return (await applyOnceReturning(...args)).applied;
}

/** applyOnce that also gives the document as the write left it (null when nothing was written). */
export async function applyOnceReturning(
  collection: mongo.Collection<any>,
  filter: Record<string, unknown>,
  update: Update,
  eventId: string,
  options: { upsert?: boolean } = {},
): Promise<{ applied: boolean; after: mongo.Document | null }> {
  const id = filter['_id'];
  if (typeof id !== 'string') throw new Error('applyOnce needs the document _id (a string) in its filter');
  try {
    return await withDocumentLease(collection, id, async (guard) => {
      const after = await collection.findOneAndUpdate(
        { ...filter, [APPLIED_EVENTS_FIELD]: { $ne: eventId } },
        {
          ...update,
          $push: {
            ...(update.$push ?? {}),
            [APPLIED_EVENTS_FIELD]: { $each: [eventId], $slice: -APPLIED_EVENTS_KEPT },
          },
        } as unknown as mongo.UpdateFilter<mongo.Document>,
        {
          upsert: options.upsert ?? false,
          returnDocument: 'after',
        },
      );
      const ids = after?.[APPLIED_EVENTS_FIELD] as unknown;
      if (Array.isArray(ids) && ids.length > 2 * APPLIED_EVENTS_KEPT) {
        // FerretDB 1.x pushes but ignores `$slice`: trim here, now and then. The lease keeps every
        // other writer of this document out, so the ids read are the ids stored.
        guard();
        await collection.updateOne(
          { _id: id },
          { $set: { [APPLIED_EVENTS_FIELD]: ids.slice(-APPLIED_EVENTS_KEPT) } },
        );
      }
      return { applied: after !== null, after };
    });
  } catch (error) {
    // The upsert tried to create a document that exists and already records this event.
    if (options.upsert && isDuplicateKeyError(error)) return { applied: false, after: null };
    throw error;
  }
}

/**
 * Inserts a document whose `_id` is derived from the event that causes it; a second delivery of
 * the event hits the unique `_id` and changes nothing. Returns false for that second delivery.
 */
export async function insertOnce(collection: mongo.Collection<any>, doc: { _id: string }): Promise<boolean> {
  try {
    await collection.insertOne(doc);
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

/** One event's change of one document, for applyOnceMany. */
export interface ApplyOnceItem {
  docId: string;
  eventId: string;
  update: Update;
}

/**
 * The document an upsert of `item` would create, when its update only sets top-level fields (the
 * shape a copy of another service's record has); null otherwise.
 */
function asNewDocument(item: ApplyOnceItem): Record<string, unknown> | null {
  const { $set = {}, $setOnInsert = {}, ...others } = item.update;
  if (Object.keys(others).length) return null;
  const fields = { ...$setOnInsert, ...$set } as Record<string, unknown>;
  if (Object.keys(fields).some((f) => f.includes('.') || f.startsWith('$') || f === '_id')) return null;
  return { ...fields, _id: item.docId, [APPLIED_EVENTS_FIELD]: [item.eventId] };
}

/**
 * applyOnce for a batch of events (in their order), with few store round trips when most of
 * them create documents — a department learning of a bulk import. With `upsert`, the first event
 * of each document not held by another writer is tried as an insert of the document the upsert
 * would create (one insertMany for the batch, under the documents' leases: one lease insert for
 * the batch): a document that does not exist yet is created with its event recorded in it, in one
 * single-document write as with applyOnce; one that exists refuses the insert (unique `_id`) and
 * the event goes through applyOnce after the batch's leases are released. Every other event — a document's later events, busy documents,
 * updates other than top-level `$set` — goes through applyOnce, one document's events in their
 * order. `apply` replaces applyOnce for those events (a consumer that decides an existing
 * document's change from what it holds; it must apply each event once itself). Returns how many
 * events changed something.
 */
export async function applyOnceMany<I extends ApplyOnceItem>(
  collection: mongo.Collection<any>,
  items: readonly I[],
  options: { upsert?: boolean; concurrency?: number; apply?: (item: I) => Promise<boolean> } = {},
): Promise<number> {
  // The first event of each document, with the document its upsert would create.
  const firsts = new Map<string, { item: I; doc: Record<string, unknown> | null }>();
  if (options.upsert) {
    for (const item of items)
      if (!firsts.has(item.docId)) firsts.set(item.docId, { item, doc: asNewDocument(item) });
  }
  const candidates = [...firsts.values()].flatMap(({ item, doc }) => (doc ? [{ item, doc }] : []));
  const done = new Set<I>();
  let applied = 0;
  const apply =
    options.apply ??
    ((item: I) => applyOnce(collection, { _id: item.docId }, item.update, item.eventId, options));
  const one = async (item: I) => {
    if (await apply(item)) applied += 1;
  };
  if (candidates.length) {
    await withFreeDocumentLeases(
      collection,
      candidates.map((c) => c.item.docId),
      async (free) => {
        const fresh = candidates.filter((c) => free.has(c.item.docId));
        const existing = await insertNew(
          collection,
          fresh.map((c) => c.doc),
        );
        for (const { item } of fresh) {
          // One that exists goes the one-at-a-time way below, side by side with the others: handled
          // here, one after another under the batch's leases, a chunk's worth of them outlived
          // the leases (WRITE_CONTENDED for the whole chunk).
          if (existing.has(item.docId)) continue;
          done.add(item);
          applied += 1;
        }
      },
    );
  }
  const rest = items.filter((item) => !done.has(item));
  await runByKey(rest, (item) => item.docId, options.concurrency ?? 8, one);
  return applied;
}

type WriteError = { index: number; code?: number };

/** Inserts the documents; returns the ids of those that exist already (duplicate `_id`). */
async function insertNew(
  collection: mongo.Collection<any>,
  docs: Record<string, unknown>[],
): Promise<Set<string>> {
  const existing = new Set<string>();
  if (!docs.length) return existing;
  try {
    await collection.insertMany(docs, { ordered: false });
  } catch (error) {
    const reported = (error as { writeErrors?: WriteError | WriteError[] }).writeErrors;
    const writeErrors = reported === undefined ? [] : ([] as WriteError[]).concat(reported);
    if (!writeErrors.length || !writeErrors.every((w) => w.code === 11000 || w.code === 11001)) throw error;
    for (const w of writeErrors) existing.add(String(docs[w.index]._id));
  }
  return existing;
}
