import { BaseRepository } from './base.repository';
import type { Plain } from './plain';

/** Base for a collection of records about children, each naming its child in `childId`. */
export abstract class ChildRecordsRepository<
  TDoc extends { _id: string; childId: string },
> extends BaseRepository<TDoc> {
  findByChild(childId: string): Promise<Plain<TDoc>[]> {
    return this.findPlain({ childId });
  }

  /** Each child's, for many children in one store query (the graph's DataLoader batch). */
  async findByChildren(childIds: readonly string[]): Promise<Plain<TDoc>[][]> {
    const all = await this.findPlain({ childId: { $in: [...new Set(childIds)] } });
    return childIds.map((id) => all.filter((x) => x.childId === id));
  }

  /**
   * A provisional record `fromChildId` was merged into `intoChildId` (registry.child.merged): this
   * collection's records of the merged id become the surviving record's. Idempotent.
   */
  mergeChild(fromChildId: string, intoChildId: string): Promise<string[]> {
    return this.reassignChild(fromChildId, intoChildId);
  }
}
