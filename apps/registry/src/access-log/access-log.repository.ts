import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@qz/messaging';
import type { Model } from 'mongoose';
import { AccessLogDocument } from './access-log.schema';

export type AccessLogEntry = Omit<AccessLogDocument, '_id'> & { id: string };

const toEntry = ({ _id, ...rest }: AccessLogDocument): AccessLogEntry => ({ id: _id, ...rest });

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

  /** A child's entries, newest first (ids are time-ordered UUIDv7), `first` after the cursor id. */
  async findForChild(childId: string, first: number, beforeId: string | null) {
    const filter = beforeId ? { childId, _id: { $lt: beforeId } } : { childId };
    const docs = await this.log.collection
      .find(filter as never)
      .sort({ _id: -1 })
      .limit(first + 1)
      .toArray();
    const total = await this.log.collection.countDocuments({ childId } as never);
    return {
      items: docs.slice(0, first).map((d) => toEntry(d as unknown as AccessLogDocument)),
      hasMore: docs.length > first,
      total,
    };
  }
}
