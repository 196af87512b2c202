import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { RegionDocument, type RegionLevel } from './region.schema';

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

@Injectable()
export class RegionRepository {
  constructor(@InjectModel(RegionDocument.name) private readonly model: Model<RegionDocument>) {}

  async exists(code: string): Promise<boolean> {
    return (await this.model.collection.countDocuments({ _id: code } as never, { limit: 1 })) > 0;
  }

  /** Inserts or updates regions by code; running it again with the same rows changes nothing. */
  async upsertMany(rows: RegionRow[]): Promise<void> {
    if (!rows.length) return;
    await this.model.collection.bulkWrite(
      rows.map((r) => ({
        updateOne: {
          filter: { _id: r.code },
          update: { $set: { name: r.name, level: r.level, parentCode: r.parentCode } },
          upsert: true,
        },
      })) as never,
      { ordered: false },
    );
  }
}
