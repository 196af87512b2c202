import type { Provider, Type } from '@nestjs/common';

/** What a service's copy of the registry's children tells of moves (libs/child-replica's hooks). */
export interface ChildRegionHooks {
  onRegionChanged(listener: (child: { id: string; regionCode: string }) => Promise<void>): void;
}

/** Records kept with a copy of the child's region, that move with it. */
export interface ChildRecordsMover {
  moveChild(childId: string, regionCode: string): Promise<void>;
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
