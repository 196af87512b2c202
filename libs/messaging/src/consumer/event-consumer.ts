import { deadLetterTopic, type Envelope, type EventContract } from '@qz/contracts';
import type { Consumer, EachMessagePayload, IHeaders, Kafka } from 'kafkajs';
import type { mongo } from 'mongoose';
import type { EventProducer } from '../kafka/event-producer';
import {
  backoffMs,
  logicalTopic,
  physicalTopic,
  sleep,
  type ConsumeOutcome,
  type KafkaSettings,
  type MessagingLogger,
} from '../kafka/messaging-options';
import { isDuplicateKeyError } from './apply-once';

export interface HandlerContext {
  topic: string;
  partition: number;
  offset: string;
  attempt: number;
}

export type EventHandlerFn<P> = (event: Envelope<P>, context: HandlerContext) => Promise<void>;

export interface ConsumerOptions {
  groupId: string;
  /** Attempts per message before it goes to the dead-letter topic (1 = no retry). */
  maxAttempts: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
  /** Marks of handled events, to skip redeliveries without running the handler. */
  inbox: mongo.Collection<any>;
  /** Offsets are committed after this many handled messages (and on a timer). */
  autoCommitThreshold?: number;
  /** How long the group waits for a silent member before giving its partitions to others. */
  sessionTimeoutMs?: number;
}

export const defaultConsumerRetry = { maxAttempts: 5, initialBackoffMs: 200, maxBackoffMs: 5000 };

export const DLQ_HEADERS = {
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  group: 'dlq-consumer-group',
  reason: 'dlq-reason',
  error: 'dlq-error',
  attempts: 'dlq-attempts',
  failedAt: 'dlq-failed-at',
} as const;

const MAX_ERROR_HEADER = 2000;

/**
 * Consumes the topics of registered contracts as one consumer group. Per message: validate against
 * the contract (a violation goes straight to the dead-letter topic), skip events the inbox has seen,
 * run the handler with retries and back-off, then either mark it handled or dead-letter it, and
 * go on with the next message. Handlers must be idempotent on the event id (see applyOnce), since
 * a crash before the offset commit delivers the event again.
 */
export class EventConsumer {
  private readonly handlers = new Map<
    string,
    { contract: EventContract<unknown>; handle: EventHandlerFn<unknown> }
  >();
  private consumer: Consumer | null = null;
  private stopped = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly settings: KafkaSettings,
    private readonly producer: EventProducer,
    private readonly options: ConsumerOptions,
    private readonly logger: MessagingLogger,
  ) {}

  on<P>(contract: EventContract<P>, handle: EventHandlerFn<P>): this {
    if (this.handlers.has(contract.topic))
      throw new Error(`a handler for ${contract.topic} is already registered`);
    this.handlers.set(contract.topic, {
      contract: contract as EventContract<unknown>,
      handle: handle as EventHandlerFn<unknown>,
    });
    return this;
  }

  get topics(): string[] {
    return [...this.handlers.keys()];
  }

  get deadLetterTopic(): string {
    return deadLetterTopic(this.options.groupId);
  }

  async start(): Promise<void> {
    if (!this.handlers.size || this.consumer) return;
    this.stopped = false;
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: this.options.sessionTimeoutMs ?? 30000,
      heartbeatInterval: Math.min(3000, Math.floor((this.options.sessionTimeoutMs ?? 30000) / 3)),
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart) {
        this.logger.warn(
          { err: payload.error, group: payload.groupId },
          'consumer crashed; kafkajs restarts it',
        );
        return;
      }
      // kafkajs leaves the consumer stopped after an error it does not count as retriable: without
      // this, the service would go on running and never read another event.
      this.logger.error(
        { err: payload.error, group: payload.groupId },
        'consumer crashed and kafkajs will not restart it; starting a new one',
      );
      if (this.consumer === consumer) void this.restart(consumer);
    });
    await consumer.connect();
    await consumer.subscribe({
      topics: this.topics.map((t) => physicalTopic(this.settings, t)),
      fromBeginning: true,
    });
    await consumer.run({
      autoCommit: true,
      autoCommitThreshold: this.options.autoCommitThreshold ?? 50,
      autoCommitInterval: 2000,
      partitionsConsumedConcurrently: 1,
      eachMessage: (payload) => this.handle(payload),
    });
    this.consumer = consumer;
  }

  /** Replaces a crashed consumer, retrying with back-off until it runs or the service stops. */
  private async restart(crashed: Consumer): Promise<void> {
    this.consumer = null;
    await crashed.disconnect().catch(() => undefined);
    for (let attempt = 1; !this.stopped && !this.consumer; attempt++) {
      await sleep(backoffMs(attempt, this.options.initialBackoffMs, this.options.maxBackoffMs));
      if (this.stopped || this.consumer) return;
      try {
        await this.start();
        this.logger.info({ group: this.options.groupId, attempt }, 'consumer running again');
      } catch (err) {
        this.logger.warn({ err, attempt }, 'consumer could not be started again; retrying');
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const c = this.consumer;
    this.consumer = null;
    await c?.disconnect();
  }

  private async handle(payload: EachMessagePayload): Promise<void> {
    const started = process.hrtime.bigint();
    const outcome = await this.process(payload);
    if (outcome) {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.settings.observer?.consumed?.(logicalTopic(this.settings, payload.topic), outcome, seconds);
    }
  }

  private async process({
    topic,
    partition,
    message,
    heartbeat,
  }: EachMessagePayload): Promise<ConsumeOutcome | null> {
    const logical = logicalTopic(this.settings, topic);
    const entry = this.handlers.get(logical);
    const where = { topic, partition, offset: message.offset };
    if (!entry) return null;

    let event: Envelope;
    try {
      event = entry.contract.parse(JSON.parse(message.value?.toString('utf8') ?? 'null'));
    } catch (error) {
      this.logger.warn(
        { ...where, err: error },
        'event rejected by its contract; sent to the dead-letter topic',
      );
      await this.deadLetter(topic, partition, message, 'contract', error, 0);
      return 'dead-lettered';
    }

    const inboxId = `${this.options.groupId}:${event.id}`;
    if (await this.options.inbox.findOne({ _id: inboxId }, { projection: { _id: 1 } })) {
      this.logger.debug({ ...where, eventId: event.id }, 'event already handled; skipped');
      return 'duplicate';
    }

    for (let attempt = 1; ; attempt++) {
      try {
        await entry.handle(event, { topic: logical, partition, offset: message.offset, attempt });
        break;
      } catch (error) {
        if (attempt >= this.options.maxAttempts) {
          this.logger.error(
            { ...where, eventId: event.id, attempt, err: error },
            'handler failed; dead-lettered',
          );
          await this.deadLetter(topic, partition, message, 'handler', error, attempt);
          return 'dead-lettered';
        }
        this.logger.warn({ ...where, eventId: event.id, attempt, err: error }, 'handler failed; will retry');
        await sleep(backoffMs(attempt, this.options.initialBackoffMs, this.options.maxBackoffMs));
        await heartbeat();
      }
    }
    try {
      await this.options.inbox.insertOne({ _id: inboxId, topic: logical, handledAt: new Date() });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    return 'handled';
  }

  private async deadLetter(
    topic: string,
    partition: number,
    message: EachMessagePayload['message'],
    reason: 'contract' | 'handler',
    error: unknown,
    attempts: number,
  ): Promise<void> {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const headers: IHeaders = {
      ...(message.headers ?? {}),
      [DLQ_HEADERS.originalTopic]: logicalTopic(this.settings, topic),
      [DLQ_HEADERS.originalPartition]: String(partition),
      [DLQ_HEADERS.originalOffset]: message.offset,
      [DLQ_HEADERS.group]: this.options.groupId,
      [DLQ_HEADERS.reason]: reason,
      [DLQ_HEADERS.error]: text.slice(0, MAX_ERROR_HEADER),
      [DLQ_HEADERS.attempts]: String(attempts),
      [DLQ_HEADERS.failedAt]: new Date().toISOString(),
    };
    // If this send fails, the handler throws, the offset is not committed, and the message comes
    // back: nothing is skipped silently.
    await this.producer.sendRaw(physicalTopic(this.settings, this.deadLetterTopic), [
      { key: message.key, value: message.value, headers },
    ]);
  }
}
