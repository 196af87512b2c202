import { Injectable } from '@nestjs/common';
import type { ChildClassifiedPayload, ChildMergedPayload, Envelope } from '@qz/contracts';
import type { ChildReplica } from './child-replica.repository';

/** The child became known to this service (its registration arrived). */
export type RegisteredListener = (child: ChildReplica) => Promise<void>;
/**
 * The registry (re)classified the child; `child` is null while its registration has not arrived;
 * `stale` when a newer classification was already here (the event changed nothing).
 */
export type ClassifiedListener = (
  event: Envelope<ChildClassifiedPayload>,
  child: ChildReplica | null,
  stale: boolean,
) => Promise<void>;
/** The child lives in `child.regionCode` now: records kept with a copy of the region follow it. */
export type RegionListener = (child: ChildReplica) => Promise<void>;
/** A provisional record was merged into `event.payload.childId`: move what is kept under the old id. */
export type MergedListener = (
  event: Envelope<ChildMergedPayload>,
  child: ChildReplica | null,
) => Promise<void>;

/**
 * What a department's own domain does when its copy of a child changes. The replica consumes the
 * registry's child events (one handler per topic in a service), then calls these listeners in the
 * order they were added. A listener runs again when the event is delivered again (a failure
 * anywhere redelivers it), so it must be idempotent; it gets the copy as it now is.
 */
@Injectable()
export class ChildReplicaHooks {
  readonly registered: RegisteredListener[] = [];
  readonly classified: ClassifiedListener[] = [];
  readonly regionChanged: RegionListener[] = [];
  readonly merged: MergedListener[] = [];

  onRegistered(listener: RegisteredListener): void {
    this.registered.push(listener);
  }

  onClassified(listener: ClassifiedListener): void {
    this.classified.push(listener);
  }

  onRegionChanged(listener: RegionListener): void {
    this.regionChanged.push(listener);
  }

  onMerged(listener: MergedListener): void {
    this.merged.push(listener);
  }
}

export async function runAll<A extends unknown[]>(
  listeners: readonly ((...args: A) => Promise<void>)[],
  ...args: A
) {
  for (const listener of listeners) await listener(...args);
}
