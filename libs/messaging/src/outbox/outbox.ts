import { createEvent, type Actor, type Envelope, type EventContract } from '@qz/contracts';
import type { OutgoingEvent } from '../kafka/event-producer';
import { EventProducer } from '../kafka/event-producer';
import { currentTraceparent } from '../tracing/trace-context';

/**
 * The transactional outbox without transactions: an aggregate document carries the events of its
 * own changes in `outbox`, written in the same single-document write as the change itself, and
 * `outboxPending` (an indexed equality flag) tells the relay which documents to look at.
 */
export interface OutboxFields {
  outbox?: OutboxEntry[];
  outboxPending?: boolean;
  /** Goes up with every write that adds events; the relay clears only what it has seen. */
  outboxVersion?: number;
}

export type OutboxEntry = OutgoingEvent & { id: string };

export const OUTBOX_PENDING_FIELD = 'outboxPending';
export const OUTBOX_VERSION_FIELD = 'outboxVersion';

/**
 * The events as outbox entries, each with the trace of the change that makes it (the active span's
 * `traceparent`, when tracing is on): the relay sends it on, so the consumer's work joins that trace.
 */
function entries(events: OutgoingEvent[]): OutboxEntry[] {
  EventProducer.validate(events);
  const traceparent = currentTraceparent();
  return events.map((e) => ({
    ...e,
    id: e.envelope.id,
    ...(e.traceparent || traceparent ? { traceparent: e.traceparent ?? traceparent } : {}),
  }));
}

/** Fields to add to a new document so its events are published after the insert. */
export function outboxForInsert(events: OutgoingEvent[]): Required<OutboxFields> {
  const outbox = entries(events);
  return { outbox, outboxPending: outbox.length > 0, outboxVersion: outbox.length ? 1 : 0 };
}

/**
 * Merges the outbox into an update document: `$push` the events, `$set` the pending flag, `$inc`
 * the outbox version.
 * Validates every event first, so a contract violation is refused before anything is written.
 */
export function withOutbox<U extends { $set?: object; $push?: object; $inc?: object }>(
  update: U,
  events: OutgoingEvent[],
): U {
  if (!events.length) return update;
  return {
    ...update,
    $set: { ...(update.$set ?? {}), [OUTBOX_PENDING_FIELD]: true },
    $push: { ...(update.$push ?? {}), outbox: { $each: entries(events) } },
    $inc: { ...(update.$inc ?? {}), [OUTBOX_VERSION_FIELD]: 1 },
  };
}

export const outgoing = (topic: string, envelope: Envelope): OutgoingEvent => ({ topic, envelope });

/**
 * An event about one subject (a child, or a case while its child is unknown) in one region, ready
 * for an outbox: the one way services build the events of their own changes.
 */
export function outgoingAbout<P>(
  contract: EventContract<P>,
  about: { subject: string; regionCode: string },
  actor: Actor,
  at: Date,
  payload: P,
  causationId: string | null = null,
): OutgoingEvent {
  return outgoing(
    contract.topic,
    createEvent(contract, {
      subject: about.subject,
      regionCode: about.regionCode,
      actor,
      occurredAt: at,
      payload,
      causationId,
    }),
  );
}
