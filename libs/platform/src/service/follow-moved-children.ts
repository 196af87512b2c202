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
 * A provider that makes `mover`'s records follow a moved child: on each region change the
 * service's child copy reports, `mover.moveChild` gives them the new region (so the new county's
 * staff see them). `hooks` is the class of the service's hooks (ChildReplicaHooks), passed in by
 * the service: a library of features may not import another.
 */
export function followingMovedChildren(
  hooks: Type<ChildRegionHooks>,
  mover: Type<ChildRecordsMover>,
): Provider {
  return {
    provide: Symbol(`${mover.name} follows moved children`),
    inject: [hooks, mover],
    useFactory: (h: ChildRegionHooks, m: ChildRecordsMover) => {
      h.onRegionChanged((child) => m.moveChild(child.id, child.regionCode));
      return true;
    },
  };
}

/**
 * A provider that makes `merger`'s records follow a merge (issue 15 "merges carry everything"):
 * when the registry merges a provisional record into the real child's, `merger.mergeChild` moves
 * what the service keeps under the merged id to the surviving one. `hooks` as above.
 */
export function followingMergedChildren(
  hooks: Type<ChildMergeHooks>,
  merger: Type<ChildRecordsMerger>,
): Provider {
  return {
    provide: Symbol(`${merger.name} follows merged children`),
    inject: [hooks, merger],
    useFactory: (h: ChildMergeHooks, m: ChildRecordsMerger) => {
      h.onMerged(({ payload: p }) => m.mergeChild(p.mergedChildId, p.childId, p.regionCode));
      return true;
    },
  };
}

/**
 * Both of the above for a service whose records follow a child moved and a child merged:
 * `follower` implements moveChild and mergeChild.
 */
export function followingChildren(
  hooks: Type<ChildRecordHooks>,
  follower: Type<ChildRecordsMover & ChildRecordsMerger>,
): Provider[] {
  return [followingMovedChildren(hooks, follower), followingMergedChildren(hooks, follower)];
}
