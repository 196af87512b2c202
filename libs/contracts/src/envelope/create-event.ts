import { v7 as uuidv7 } from 'uuid';
import type { Actor, Envelope } from './envelope';
import type { EventContract } from './event-contract';

export interface EventOrigin {
  actor: Actor;
  /** The request or flow this event belongs to; a new flow starts with its own first event id. */
  correlationId?: string;
  /** The event that caused this one, when a consumer reacts to an event. */
  causationId?: string | null;
}

/**
 * Builds a validated envelope. Throws EventContractError before anything is stored or sent when
 * the payload does not match the contract.
 */
export function createEvent<P>(
  contract: EventContract<P>,
  input: { subject: string | null; regionCode: string | null; payload: P; occurredAt?: Date } & EventOrigin,
): Envelope<P> {
  const id = uuidv7();
  return contract.parse({
    id,
    type: contract.type,
    version: contract.version,
    occurredAt: (input.occurredAt ?? new Date()).toISOString(),
    producer: contract.producer,
    subject: input.subject,
    regionCode: input.regionCode,
    actor: input.actor,
    correlationId: input.correlationId ?? id,
    causationId: input.causationId ?? null,
    payload: input.payload,
  });
}
