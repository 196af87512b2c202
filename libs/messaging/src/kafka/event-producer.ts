import { contractForTopic, EventContractError, toKafkaMessage, type Envelope } from '@qz/contracts';
import type { Kafka, Message, Producer } from 'kafkajs';
import { publishTraceparent, TRACEPARENT } from '../tracing/trace-context';
import { logicalTopic, physicalTopic, type KafkaSettings } from './messaging-options';

// The wire format lives with the contracts (a test standing in for a producer sends it too).
export { toKafkaMessage };

/** An envelope together with the logical topic it travels on. */
export interface OutgoingEvent {
  topic: string;
  envelope: Envelope;
  /** The W3C trace context of the change that made the event (set by the outbox). */
  traceparent?: string;
}

/**
 * Validates every event against its contract before anything is sent, then sends with Kafka's
 * idempotent producer (no duplicates from the producer's own retries; acks from all replicas).
 */
export class EventProducer {
  private producer: Producer | null = null;

  constructor(
    private readonly kafka: Kafka,
    private readonly settings: KafkaSettings,
  ) {}

  /** Throws EventContractError for an unknown topic or an envelope that breaks its contract. */
  static validate(events: OutgoingEvent[]): void {
    for (const { topic, envelope } of events) {
      const contract = contractForTopic(topic);
      if (!contract) throw new EventContractError(topic, ['topic: no contract is registered for this topic']);
      contract.parse(envelope);
    }
  }

  async send(events: OutgoingEvent[]): Promise<void> {
    if (!events.length) return;
    EventProducer.validate(events);
    const byTopic = new Map<string, Message[]>();
    for (const { topic, envelope, traceparent } of events) {
      const physical = physicalTopic(this.settings, topic);
      const message = toKafkaMessage(envelope);
      const sent = publishTraceparent(topic, traceparent);
      if (sent) message.headers = { ...message.headers, [TRACEPARENT]: sent };
      byTopic.set(physical, [...(byTopic.get(physical) ?? []), message]);
    }
    const producer = await this.connected();
    try {
      await producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
      });
      for (const [topic, messages] of byTopic) {
        this.settings.observer?.published?.(logicalTopic(this.settings, topic), messages.length);
      }
    } catch (error) {
      // A broken connection is rebuilt from scratch on the next call.
      await this.disconnect();
      throw error;
    }
  }

  /** Sends raw messages (dead-letter and replay paths, which carry bytes as received). */
  async sendRaw(physicalTopicName: string, messages: Message[]): Promise<void> {
    const producer = await this.connected();
    try {
      await producer.send({ topic: physicalTopicName, acks: -1, messages });
    } catch (error) {
      await this.disconnect();
      throw error;
    }
  }

  async disconnect(): Promise<void> {
    const p = this.producer;
    this.producer = null;
    await p?.disconnect().catch(() => undefined);
  }

  private async connected(): Promise<Producer> {
    if (this.producer) return this.producer;
    const producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    await producer.connect();
    this.producer = producer;
    return producer;
  }
}
