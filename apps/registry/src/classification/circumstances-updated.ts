import { ChildUpdatedV1, type Actor } from '@qz/contracts';
import type { OutgoingEvent } from '@qz/messaging';
import { childEvent, recordAfter } from '../children/child-event';
import { changedFields, type StoredCircumstances } from './circumstances';

/**
 * The ChildUpdated event of a change of a child's circumstances, naming the fields that changed
 * (none when nothing did), for the write that records them.
 */
export function circumstancesUpdated(
  child: Parameters<typeof recordAfter>[0] & { id: string },
  before: StoredCircumstances,
  after: StoredCircumstances,
  reason: string,
  actor: Actor,
  at: Date,
): OutgoingEvent[] {
  const changed = changedFields(before, after);
  if (!changed.length) return [];
  return [
    childEvent(ChildUpdatedV1, child, actor, at, {
      childId: child.id,
      ...recordAfter(child),
      changed,
      mergedFromChildId: null,
      reason,
    }),
  ];
}
