import { mongo } from 'mongoose';
import { withDocumentLease } from '../lease/document-lease';

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
export async function applyOnce(
  collection: mongo.Collection<any>,
  filter: Record<string, unknown>,
  update: Update,
  eventId: string,
  options: { upsert?: boolean } = {},
): Promise<boolean> {
  const id = filter['_id'];
  if (typeof id !== 'string') throw new Error('applyOnce needs the document _id (a string) in its filter');
  try {
    const result = await withDocumentLease(collection, id, () =>
      collection.updateOne(
        { ...filter, [APPLIED_EVENTS_FIELD]: { $ne: eventId } },
        {
          ...update,
          $push: {
            ...(update.$push ?? {}),
            [APPLIED_EVENTS_FIELD]: { $each: [eventId], $slice: -APPLIED_EVENTS_KEPT },
          },
        } as unknown as mongo.UpdateFilter<mongo.Document>,
        { upsert: options.upsert ?? false },
      ),
    );
    return result.modifiedCount + result.upsertedCount > 0;
  } catch (error) {
    // The upsert tried to create a document that exists and already records this event.
    if (options.upsert && isDuplicateKeyError(error)) return false;
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
