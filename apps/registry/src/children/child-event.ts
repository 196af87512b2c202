import { createEvent, type Actor, type EventContract } from '@qz/contracts';
import { outgoing, type OutgoingEvent } from '@qz/messaging';

/** An event about one child, ready for the child's outbox: the child is its subject and region. */
export function childEvent<P>(
  contract: EventContract<P>,
  child: { id: string; regionCode: string },
  actor: Actor,
  at: Date,
  payload: P,
): OutgoingEvent {
  return outgoing(
    contract.topic,
    createEvent(contract, {
      subject: child.id,
      regionCode: child.regionCode,
      actor,
      occurredAt: at,
      payload,
    }),
  );
}
