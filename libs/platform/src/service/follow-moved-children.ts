import type { Provider, Type } from '@nestjs/common';

/** What a service's copy of the registry's children tells of moves and merges (libs/child-replica's hooks). */
export interface ChildRegionHooks {
  onRegionChanged(listener: (child: { id: string; regionCode: string }) => Promise<void>): void;
}

/** The hooks a service's records follow a child by: its moves and merges. */
export type ChildRecordHooks = ChildRegionHooks & ChildMergeHooks;

export interface ChildMergeHooks {
  onMerged(
    listener: (event: {
      payload: { childId: string; mergedChildId: string; regionCode: string };
    }) => Promise<void>,
  ): void;
}

/** Records kept with a copy of the child's region, that move with it. */
export interface ChildRecordsMover {
  moveChild(childId: string, regionCode: string): Promise<void>;
}

/** Records kept under a child's id, that pass to the surviving record when a provisional one is merged. */
export interface ChildRecordsMerger {
  /** `fromChildId` was merged into `intoChildId`, which lives in `regionCode`. Idempotent. */
  mergeChild(fromChildId: string, intoChildId: string, regionCode: string): Promise<void>;
}

/**
 * A provider that makes `follower`'s records follow the registry's record of a child (issue 15):
 * on each region change the service's child copy reports, `moveChild` gives them the new region
 * (so the new county's staff see them); when a provisional record is merged into the real child's,
 * `mergeChild` moves what the service keeps under the merged id to the surviving one. `hooks` is
 * the class of the service's hooks (ChildReplicaHooks), passed in by the service: a library of
 * features may not import another.
 */
export function followingChildren(
  hooks: Type<ChildRecordHooks>,
  follower: Type<ChildRecordsMover & ChildRecordsMerger>,
): Provider {
  return {
    provide: Symbol(`${follower.name} follows moved and merged children`),
    inject: [hooks, follower],
    useFactory: (h: ChildRecordHooks, f: ChildRecordsMover & ChildRecordsMerger) => {
      h.onRegionChanged((child) => f.moveChild(child.id, child.regionCode));
      h.onMerged(({ payload: p }) => f.mergeChild(p.mergedChildId, p.childId, p.regionCode));
      return true;
    },
  };
}
