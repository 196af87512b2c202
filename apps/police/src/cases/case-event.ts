import type { Actor, EventContract } from '@qz/contracts';
import { outgoingAbout, type OutgoingEvent } from '@qz/messaging';

/** An event about a case for its outbox: the child is the subject (the case while unidentified). */
export const caseEvent = <P>(
  contract: EventContract<P>,
  c: { id: string; childId: string | null; regionCode: string },
  actor: Actor,
  at: Date,
  payload: P,
  causationId: string | null = null,
): OutgoingEvent =>
  outgoingAbout(
    contract,
    { subject: c.childId ?? c.id, regionCode: c.regionCode },
    actor,
    at,
    payload,
    causationId,
  );
