import { Injectable } from '@nestjs/common';
import {
  ChildClassifiedV1,
  ChildMergedV1,
  ChildRegisteredV1,
  ChildUpdatedV1,
  type ChildClassifiedPayload,
  type ChildMergedPayload,
  type ChildRegisteredPayload,
  type ChildUpdatedPayload,
  type Envelope,
} from '@qz/contracts';
import { runByKey } from '@qz/messaging';
import { EventBatchHandler, EventHandler } from '@qz/messaging/nest';
import { ChildReplicaHooks, runAll } from './child-replica.hooks';
import { ChildReplicaRepository, type Applied } from './child-replica.repository';
import { onClassified, onMergedInto, onUpdated, type ReplicaState } from './child-replica.rules';

/** Children whose listeners run side by side (each child's events in their order). */
const LISTENER_CONCURRENCY = 8;

/**
 * Keeps the copy current from every registry event that changes a child (each event once; an
 * older event arriving after a newer one changes nothing), then tells the service's listeners.
 */
@Injectable()
export class ChildReplicaHandler {
  constructor(
    private readonly replicas: ChildReplicaRepository,
    private readonly hooks: ChildReplicaHooks,
  ) {}

  /**
   * A chunk of registrations at once (a bulk import's children are created with one insert), each
   * then told to the listeners in the chunk's order.
   */
  @EventBatchHandler(ChildRegisteredV1)
  async onChildRegistered(events: Envelope<ChildRegisteredPayload>[]): Promise<void> {
    for (const result of await this.replicas.applyRegisteredMany(events)) {
      if (result.after) await runAll(this.hooks.registered, result.after);
      await this.regionFollows(result);
    }
  }

  @EventHandler(ChildUpdatedV1)
  async onChildUpdated(event: Envelope<ChildUpdatedPayload>): Promise<void> {
    const result = await this.replicas.applyEvent(event.payload.childId, event.id, (s) =>
      onUpdated(s, event),
    );
    await this.regionFollows(result);
  }

  /**
   * A chunk of classifications at once (applyEventsMany: one lease insert and one read for the
   * chunk), then the listeners: one child's events in their order, other children side by side.
   */
  @EventBatchHandler(ChildClassifiedV1)
  async onChildClassified(events: Envelope<ChildClassifiedPayload>[]): Promise<void> {
    const stale = new Set<string>();
    const results = await this.replicas.applyEventsMany(
      events.map((event) => ({
        childId: event.payload.childId,
        eventId: event.id,
        decide: (s: ReplicaState | null) => {
          const change = onClassified(s, event);
          if (change === null) stale.add(event.id);
          return change;
        },
      })),
    );
    const told = events.map((event, i) => ({ event, after: results[i].after }));
    await runByKey(
      told,
      (t) => t.event.payload.childId,
      LISTENER_CONCURRENCY,
      ({ event, after }) => runAll(this.hooks.classified, event, after, stale.has(event.id)),
    );
  }

  @EventHandler(ChildMergedV1)
  async onChildMerged(event: Envelope<ChildMergedPayload>): Promise<void> {
    const p = event.payload;
    // The merged record first: lookups of its id learn where the child's record is now.
    await this.replicas.applyEvent(p.mergedChildId, event.id, () => ({ mergedInto: p.childId }));
    const result = await this.replicas.applyEvent(p.childId, event.id, (s) => onMergedInto(s, event));
    await runAll(this.hooks.merged, event, result.after);
  }

  /**
   * The records kept with a copy of the child's region follow a move. Also on a redelivery: the
   * listeners of the first delivery may not all have run (they are idempotent).
   */
  private async regionFollows({ applied, before, after }: Applied): Promise<void> {
    if (!after || !before?.regionCode) return;
    if (applied && before.regionCode === after.regionCode) return;
    await runAll(this.hooks.regionChanged, after);
  }
}
