import { withDocumentLease } from '@qz/messaging';
import type { Collection } from 'mongoose';

/** A stored document as the driver gives it (every field, the outbox included). */
export type RawDocument = Record<string, unknown> & { _id: string };

/** Marks, on the surviving record, the merged records it has taken in (each taken once). */
export const MERGED_FROM_FIELD = 'mergedFrom';

/**
 * How a collection whose `_id` is the child's id takes in a provisional child's record when the
 * registry merges that child into the real one (registry.child.merged.v1).
 */
export interface ChildKeyedMerge {
  /**
   * The surviving child has no record: the merged record's content becomes its record. Given the
   * merged document as stored; returns the new document's fields (without `_id`).
   */
  asSurvivor(merged: RawDocument): Record<string, unknown>;
  /** Both children have a record: the change that takes the merged one into the surviving one. */
  combine(merged: RawDocument, surviving: RawDocument): { $set?: object; $push?: object; $inc?: object };
  /**
   * A change written to the merged record before its content is copied, freeing what a unique index
   * holds (the copy carries the value; the merged record is deleted right after). asSurvivor must
   * give the value back from what this change leaves, as a repeat after a crash reads it from there.
   */
  release?(merged: RawDocument): { $set: object } | null;
}

const internal = new Set(['_id', 'outbox', 'outboxPending', 'outboxVersion', MERGED_FROM_FIELD]);

/** The merged record's fields that carry content (not its id, outbox or merge marks). */
export function contentOf(doc: RawDocument): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([k]) => !internal.has(k)));
}

/**
 * Moves the record `fromId` into `intoId` in a collection keyed by child id, in steps a repeat
 * finishes after a crash (the consumer redelivers the merge): under both records' write leases,
 * (1) the surviving record takes the merged one — inserted from it when it has none, combined
 * otherwise — in one write that also marks `mergedFrom` (a repeat finds the mark and skips it),
 * with the merged record's unpublished events; (2) the merged record is deleted. Returns what it did.
 */
export async function mergeChildKeyed(
  collection: Collection,
  fromId: string,
  intoId: string,
  how: ChildKeyedMerge,
): Promise<'none' | 'moved' | 'combined' | 'done-before'> {
  if (fromId === intoId) return 'none';
  return withDocumentLease(collection, fromId, () =>
    withDocumentLease(collection, intoId, async () => {
      let merged = (await collection.findOne({ _id: fromId } as never)) as RawDocument | null;
      if (!merged) return 'none';
      const surviving = (await collection.findOne({ _id: intoId } as never)) as RawDocument | null;
      const marks = (surviving?.[MERGED_FROM_FIELD] as string[] | undefined) ?? [];
      const pending = merged['outboxPending'] ? ((merged['outbox'] as object[] | undefined) ?? []) : [];
      let outcome: 'moved' | 'combined' | 'done-before' = 'done-before';
      if (!surviving) {
        const release = how.release?.(merged);
        if (release) {
          await collection.updateOne({ _id: fromId } as never, release as never);
          merged = ((await collection.findOne({ _id: fromId } as never)) as RawDocument | null) ?? merged;
        }
        await collection.insertOne({
          ...how.asSurvivor(merged),
          _id: intoId,
          [MERGED_FROM_FIELD]: [fromId],
          outbox: pending,
          outboxPending: pending.length > 0,
          outboxVersion: pending.length ? 1 : 0,
        } as never);
        outcome = 'moved';
      } else if (!marks.includes(fromId)) {
        const change = how.combine(merged, surviving);
        const push: Record<string, unknown> = { ...(change.$push ?? {}), [MERGED_FROM_FIELD]: fromId };
        const set: Record<string, unknown> = { ...(change.$set ?? {}) };
        const inc: Record<string, unknown> = { ...(change.$inc ?? {}) };
        if (pending.length) {
          push['outbox'] = { $each: pending };
          set['outboxPending'] = true;
          inc['outboxVersion'] = 1;
        }
        const update = {
          $push: push,
          ...(Object.keys(set).length ? { $set: set } : {}),
          ...(Object.keys(inc).length ? { $inc: inc } : {}),
        };
        await collection.updateOne(
          { _id: intoId, [MERGED_FROM_FIELD]: { $ne: fromId } } as never,
          update as never,
        );
        outcome = 'combined';
      }
      await collection.deleteOne({ _id: fromId } as never);
      return outcome;
    }),
  );
}
