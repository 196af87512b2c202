import type { OutgoingEvent } from '@qz/messaging';
import type { Plain } from '@qz/persistence';
import type { ChildRepository } from './child.repository';
import type { ChildDocument } from './child.schema';

/** What another department's event changes on a child, or null for no change. */
export type ChildChange = { $set?: object; $push?: object; events?: OutgoingEvent[] } | null;

const ATTEMPTS = 5;

/**
 * Applies another department's event to a child of the ledger, once (the event id is kept on the
 * record in the same write; a redelivery changes nothing): reads the child — the record it was
 * merged into, if any — decides the change, and writes it at the revision read, deciding again
 * when someone changed the child meanwhile. Returns the child changed, or null when there is no
 * such child, nothing to change, or the event was applied before. Throws after repeated
 * conflicts (the consumer tries the event again).
 */
export async function applyEventToChild(
  children: ChildRepository,
  childId: string,
  eventId: string,
  decide: (child: Plain<ChildDocument>) => ChildChange,
): Promise<Plain<ChildDocument> | null> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    let child = await children.findById(childId);
    if (child?.mergedInto) child = await children.findById(child.mergedInto);
    if (!child) return null;
    const change = decide(child);
    if (!change) return null;
    const { events = [], ...update } = change;
    const outcome = await children.updateOnceAtRevision(child.id, child.revision, eventId, update, events);
    if (outcome === 'applied') return child;
    if (outcome === 'duplicate') return null;
  }
  throw new Error(`child ${childId} kept changing while event ${eventId} was applied to it`);
}
