import type { Envelope, EventContract } from '@qz/contracts';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { stackSettings, uniqueName, waitFor } from './stack';

/**
 * A real Kafka consumer for tests: reads the given contracts' topics (under a test's topic prefix)
 * from the beginning, parses every message with its contract, and keeps what parsed and what did
 * not. `contractErrors` must stay empty in a test that checks events.
 */
export class EventCollector {
  readonly received: { topic: string; event: Envelope }[] = [];
  readonly contractErrors: unknown[] = [];
  private consumer: Consumer | null = null;

  constructor(
    private readonly contracts: readonly EventContract<unknown>[],
    private readonly topicPrefix: string,
  ) {}

  async start(): Promise<void> {
    const kafka = new Kafka({
      brokers: stackSettings().kafkaBrokers,
      clientId: 'event-collector',
      logLevel: logLevel.NOTHING,
    });
    this.consumer = kafka.consumer({ groupId: uniqueName('collector') });
    await this.consumer.connect();
    const byTopic = new Map(this.contracts.map((c) => [`${this.topicPrefix}${c.topic}`, c]));
    await this.consumer.subscribe({ topics: [...byTopic.keys()], fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ topic, message }) => {
        const contract = byTopic.get(topic);
        try {
          const event = (contract as EventContract<unknown>).parse(
            JSON.parse(message.value?.toString() ?? ''),
          );
          this.received.push({ topic: topic.slice(this.topicPrefix.length), event });
        } catch (error) {
          this.contractErrors.push(error);
        }
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }

  /** Events of one contract about one subject (child), in the order received. */
  about<P>(contract: EventContract<P>, subject: string): Envelope<P>[] {
    return this.received
      .filter((r) => r.topic === contract.topic && r.event.subject === subject)
      .map((r) => r.event as Envelope<P>);
  }

  /** Waits for the first event of `contract` about `subject` that `match` accepts. */
  waitFor<P>(
    contract: EventContract<P>,
    subject: string,
    match: (e: Envelope<P>) => boolean = () => true,
    wait: { timeoutMs?: number; intervalMs?: number } = {},
  ) {
    return waitFor(
      `${contract.topic} about ${subject}`,
      () => this.about(contract, subject).find(match),
      wait,
    );
  }
}
