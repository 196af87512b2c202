import { createEvent, type Actor, type EventContract } from '@qz/contracts';
import { outgoing, type OutgoingEvent } from '@qz/messaging';

/** An event about a case for its outbox: the child is the subject (the case while unidentified). */
export function caseEvent<P>(
  contract: EventContract<P>,
  c: { id: string; childId: string | null; regionCode: string },
  actor: Actor,
  at: Date,
  payload: P,
  causationId: string | null = null,
): OutgoingEvent {
  return outgoing(
    contract.topic,
    createEvent(contract, {
      subject: c.childId ?? c.id,
      regionCode: c.regionCode,
      actor,
      occurredAt: at,
      payload,
      causationId,
    }),
  );
}
