import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
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

  /** Inserts or updates standards by key; running it again with the same rows changes nothing. */
  async upsertMany(rows: Standard[]): Promise<void> {
    if (!rows.length) return;
    await this.model.collection.bulkWrite(
      rows.map((s) => ({
        updateOne: {
          filter: { _id: `${s.programme}:${s.regionCode}:${s.effectiveFrom}` },
          update: { $set: s },
          upsert: true,
        },
      })) as never,
      { ordered: false },
    );
  }
}
