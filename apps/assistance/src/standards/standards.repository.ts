import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { withDocumentLease, writeLeaseSettings } from '@qz/messaging';
import type { Model } from 'mongoose';
import { StandardDocument } from './standard.schema';
import type { Standard } from './standards.rules';

@Injectable()
export class StandardsRepository {
  constructor(@InjectModel(StandardDocument.name) private readonly model: Model<StandardDocument>) {}

  /** Every standard (a few dozen rows: read whole, matched in memory). */
  async all(): Promise<Standard[]> {
    const docs = await this.model.collection.find({}).toArray();
    return docs.map(({ _id, ...s }) => s as unknown as Standard);
  }

  /**
   * Stores standards by key. `onlyMissing` (the shipped table at start) adds rows not stored yet and
   * leaves stored ones as they are, so a standard published since is never undone by a restart.
   */
  async upsertMany(rows: Standard[], { onlyMissing = false } = {}): Promise<void> {
    const key = (s: Standard) => `${s.programme}:${s.regionCode}:${s.effectiveFrom}`;
    const stored = onlyMissing
      ? new Set(
          (await this.model.collection.find({}, { projection: { _id: 1 } }).toArray()).map((d) =>
            String(d._id),
          ),
        )
      : new Set<string>();
    const writes = rows.filter((s) => !stored.has(key(s)));
    if (!writes.length) return;
    const c = this.model.collection;
    if (!writeLeaseSettings().enabled) {
      await c.bulkWrite(
        writes.map((s) => ({
          updateOne: { filter: { _id: key(s) }, update: { $set: s }, upsert: true },
        })) as never,
        { ordered: false },
      );
      return;
    }
    // Each row under its write lease (a publication may meet another instance's start).
    for (const s of writes) {
      await withDocumentLease(c, key(s), () =>
        c.updateOne({ _id: key(s) } as never, { $set: s } as never, { upsert: true }),
      );
    }
  }
}
