import type { Envelope } from './envelope';

/** An envelope as it travels on a Kafka topic (the shape of kafkajs's Message, without depending on it). */
export interface WireMessage {
  key: string;
  value: string;
  headers: Record<string, string>;
}

/**
 * The one wire format of every event: keyed by its subject (a child, a case: one subject's events
 * stay in order on one partition), the envelope as JSON, its id, type and correlation as headers.
 * The outbox relay sends this; tests standing in for a producer send the same.
 */
export function toKafkaMessage(envelope: Envelope): WireMessage {
  return {
    key: envelope.subject ?? envelope.id,
    value: JSON.stringify(envelope),
    headers: {
      'event-id': envelope.id,
      'event-type': `${envelope.type}.v${envelope.version}`,
      'correlation-id': envelope.correlationId,
    },
  };
}
