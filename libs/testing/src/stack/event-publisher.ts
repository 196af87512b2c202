import { createEvent, toKafkaMessage, type Envelope, type EventContract } from '@qz/contracts';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { stackSettings } from './stack';

/**
 * A real Kafka producer for tests, standing in for another service: publishes events valid against
 * their contracts (created as that service's outbox would: the producer the contract names) under
 * a test's topic prefix, and publishes an envelope again as a redelivery would.
 */
export class EventPublisher {
  private producer: Producer | null = null;

  constructor(private readonly topicPrefix: string) {}

  async start(): Promise<void> {
    const kafka = new Kafka({
      brokers: stackSettings().kafkaBrokers,
      clientId: 'event-publisher',
      logLevel: logLevel.NOTHING,
    });
    this.producer = kafka.producer({ allowAutoTopicCreation: false });
    await this.producer.connect();
  }

  async stop(): Promise<void> {
    await this.producer?.disconnect();
  }

  /** Publishes a new event of `contract` about `subject` (the message key) in `regionCode`. */
  async publish<P>(
    contract: EventContract<P>,
    origin: { subject: string; regionCode: string; occurredAt?: Date },
    payload: P,
  ): Promise<Envelope<P>> {
    const envelope = createEvent(contract, {
      ...origin,
      actor: { kind: 'user', id: 'test' },
      payload,
    });
    await this.send(contract, envelope);
    return envelope;
  }

  /** Publishes the very same envelope again: what a producer's retry or a relay crash delivers. */
  async send<P>(contract: EventContract<P>, envelope: Envelope<P>): Promise<void> {
    if (!this.producer) throw new Error('EventPublisher.start() first');
    await this.producer.send({
      topic: `${this.topicPrefix}${contract.topic}`,
      acks: -1,
      messages: [toKafkaMessage(envelope as Envelope)],
    });
  }
}
