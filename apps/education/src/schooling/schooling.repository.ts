import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { BaseRepository, contentOf, mergeChildKeyed, type Plain, type RawDocument } from '@qz/persistence';
import type { Model } from 'mongoose';
import {
  SchoolingRecordDocument,
  type StoredDutyNotice,
  type StoredHomeVisit,
  type StoredPlacement,
} from './schooling.schema';
import { placementAfterMerge } from './schooling.rules';

export type SchoolingRecord = Plain<SchoolingRecordDocument>;

/** What a record holds before anything was written (an upsert sets only what it names). */
const EMPTY = { dutyNotices: [], placement: null, placementHistory: [], homeVisits: [] };

@Injectable()
export class SchoolingRepository extends BaseRepository<SchoolingRecordDocument> {
  constructor(@InjectModel(SchoolingRecordDocument.name) model: Model<SchoolingRecordDocument>) {
    super(model);
  }

  /** The records of many children (a point lookup by id); a child without one has none. */
  async ofChildren(ids: readonly string[]): Promise<Map<string, SchoolingRecord>> {
    const found = await this.findByIds(ids);
    return new Map(
      found.flatMap((r) => (r ? [[r.id, { ...EMPTY, ...r }] as [string, SchoolingRecord]] : [])),
    );
  }

  async ofChild(id: string): Promise<SchoolingRecord> {
    return (await this.ofChildren([id])).get(id) ?? ({ id, ...EMPTY } as unknown as SchoolingRecord);
  }

  private push(id: string, filter: Record<string, unknown>, change: Record<string, unknown>) {
    const c = this.model.collection;
    return this.withLease(id, () =>
      c.updateOne({ _id: id, ...filter } as never, change as never, { upsert: !Object.keys(filter).length }),
    );
  }

  addDutyNotice(id: string, notice: StoredDutyNotice) {
    return this.push(id, {}, { $push: { dutyNotices: notice } });
  }

  place(id: string, placement: StoredPlacement) {
    return this.push(id, {}, { $set: { placement }, $push: { placementHistory: placement } });
  }

  /** Adds the visit while the child is still placed for teaching at home; false when not. */
  async addHomeVisit(id: string, visit: StoredHomeVisit): Promise<boolean> {
    const r = await this.push(id, { 'placement.type': 'HOME_TEACHING' }, { $push: { homeVisits: visit } });
    return r.matchedCount > 0;
  }

  /**
   * A provisional child merged into the real one (registry.child.merged.v1): the merged record's
   * notices, placements and home visits become the real child's (placementAfterMerge decides the
   * current placement). Repeatable: a redelivered merge finds it done.
   */
  mergeChild(fromId: string, intoId: string) {
    const list = (d: RawDocument, field: string) => (d[field] as object[] | undefined) ?? [];
    return mergeChildKeyed(this.model.collection, fromId, intoId, {
      asSurvivor: contentOf,
      combine: (merged, surviving) => {
        const $push = Object.fromEntries(
          ['dutyNotices', 'placementHistory', 'homeVisits'].flatMap((f) =>
            list(merged, f).length ? [[f, { $each: list(merged, f) }]] : [],
          ),
        );
        const placement = placementAfterMerge(
          merged['placement'] as StoredPlacement | null,
          surviving['placement'] as StoredPlacement | null,
        );
        return { $push, ...(placement ? { $set: { placement } } : {}) };
      },
    });
  }
}
