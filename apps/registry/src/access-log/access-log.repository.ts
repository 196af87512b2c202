import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@qz/messaging';
import type { Model } from 'mongoose';
import { AccessLogDocument } from './access-log.schema';

/** One child's part of an entry: what the auditor sees in the child's log. */
export type AccessLogEntry = Omit<AccessLogDocument, '_id' | 'childIds' | 'children'> & {
  id: string;
  childId: string;
  fields: string[];
};

/** An entry as stored: written before issue 13, it names one child in `childId` and `fields`. */
type StoredEntry = AccessLogDocument & { childId?: string; fields?: string[] };

const toEntry = (
  { _id, childIds: _ids, children, childId: _one, fields, ...rest }: StoredEntry,
  childId: string,
): AccessLogEntry => ({
  id: _id,
  childId,
  fields: children?.find((c) => c.childId === childId)?.fields ?? fields ?? [],
  ...rest,
});

/**
 * The append-only access log: insert and find, nothing else. There is deliberately no update or
 * delete here or anywhere in the service: an entry, once written, stays as it was written.
 */
@Injectable()
export class AccessLogRepository {
  constructor(@InjectModel(AccessLogDocument.name) private readonly log: Model<AccessLogDocument>) {}

  /** Writes an entry once; the same event again (a redelivery) changes nothing. Returns whether it was new. */
  async insert(entry: AccessLogDocument): Promise<boolean> {
    const doc = new this.log(entry);
    await doc.validate();
    try {
      await this.log.collection.insertOne(doc.toObject() as never); // an insert: no write lease
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /**
   * A child's entries, newest first (ids are time-ordered UUIDv7), `first` after the cursor id:
   * those naming the child among theirs, and those written before issue 13 naming it alone.
   */
  async findForChild(childId: string, first: number, beforeId: string | null) {
    const before = beforeId ? { _id: { $lt: beforeId } } : {};
    const newest = (filter: object) =>
      this.log.collection
        .find({ ...filter, ...before } as never)
        .sort({ _id: -1 })
        .limit(first + 1)
        .toArray() as Promise<unknown[]> as Promise<StoredEntry[]>;
    const [entries, legacy, total, legacyTotal] = await Promise.all([
      newest({ childIds: childId }),
      newest({ childId }),
      this.log.collection.countDocuments({ childIds: childId } as never),
      this.log.collection.countDocuments({ childId } as never),
    ]);
    const docs = [...entries, ...legacy].sort((a, b) => (a._id < b._id ? 1 : a._id > b._id ? -1 : 0));
    return {
      items: docs.slice(0, first).map((d) => toEntry(d, childId)),
      hasMore: docs.length > first,
      total: total + legacyTotal,
    };
  }
}
