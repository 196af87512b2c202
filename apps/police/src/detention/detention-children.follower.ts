import { Injectable } from '@nestjs/common';
import type { ChildRecordsMerger, ChildRecordsMover } from '@qz/platform';
import { DetainedParentRepository } from './detention.repository';
import { childrenAfterMerge, childrenAfterMove } from './detention.rules';

/**
 * The children named on detained parents' records follow the registry's record of each child
 * (issue 15, 四(一)2): a moved child's open care task goes to the civil affairs of the region it
 * lives in now; a provisional record merged into the child's real one leaves its place on the
 * record to the real one. Idempotent: a redelivered event finds nothing left to change.
 */
@Injectable()
export class DetentionChildrenFollower implements ChildRecordsMover, ChildRecordsMerger {
  constructor(private readonly records: DetainedParentRepository) {}

  moveChild(childId: string, regionCode: string): Promise<void> {
    return this.records.changeChildrenOf(childId, (children) =>
      childrenAfterMove(children, childId, regionCode),
    );
  }

  mergeChild(fromChildId: string, intoChildId: string, regionCode: string): Promise<void> {
    return this.records.changeChildrenOf(fromChildId, (children) =>
      childrenAfterMerge(children, fromChildId, intoChildId, regionCode),
    );
  }
}
