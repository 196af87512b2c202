import { deadLetterTopic, EventProducerError, type Envelope, type EventContract } from '@qz/contracts';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
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
import { contextOf, inSpan, linkTo, SpanKind, traceOf } from '../tracing/trace-context';
import { isDuplicateKeyError } from './apply-once';
import { runByKey } from './by-key';
import { deadLetterMessage, type DeadLetterReason } from './dead-letter-message';
import { keepingAlive } from './keep-alive';

export interface HandlerContext {
  topic: string;
  partition: number;
  offset: string;
  attempt: number;
}

export type EventHandlerFn<P> = (event: Envelope<P>, context: HandlerContext) => Promise<void>;

/**
 * Handles a chunk's events of one contract together, in their order (for a store that pays per
 * round trip: see applyOnceMany). Must be idempotent on each event id by itself: the inbox is not
 * consulted for these events (on FerretDB a read of the inbox costs more than the handling).
 */
export type EventBatchHandlerFn<P> = (
  events: Envelope<P>[],
  context: Omit<HandlerContext, 'offset'>,
) => Promise<void>;

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
  /** Messages of a fetched batch handled together: their offsets resolved and inbox marks written at once. */
  chunkSize?: number;
  /** Subjects (message keys) of a chunk handled side by side; one subject's events in order. */
  concurrency?: number;
  /**
   * Fetched batches (topic-partitions) handled side by side. A subject's events are in one
   * partition of a topic, so their order holds; events of one subject on two topics may then be
   * handled at once, which the write lease of each document they change already serialises.
   */
  partitionsConcurrently?: number;
}

export const defaultConsumerRetry = {
  maxAttempts: 5,
  initialBackoffMs: 200,
  maxBackoffMs: 5000,
  chunkSize: 200,
  concurrency: 8,
  partitionsConcurrently: 3,
};

type Handled = { _id: string; topic: string; handledAt: Date };

/**
 * Consumes the topics of registered contracts as one consumer group, fetched batches (up to
 * `partitionsConcurrently` topic-partitions side by side) a chunk at a time, in
 * chunks of `chunkSize` messages. Per chunk: validate each message against its contract (a
 * violation goes straight to the dead-letter topic, reason `contract`; an envelope whose producer
 * is not its topic's owner, reason `producer`), skip events the inbox has seen, run the handlers with retries and back-off — the events of one subject (message key)
 * one after another in their order, different subjects side by side (`concurrency`) — dead-letter
 * a message whose handler keeps failing, then mark the chunk's handled events (one write) and
 * resolve its offsets. A batch handler (onBatch) takes the chunk's events at once instead. Handlers must be idempotent on the event id (see applyOnce), since a crash
 * before the offset commit delivers the event again; the inbox only spares them the work.
 */
export class EventConsumer {
  private readonly handlers = new Map<
    string,
    { contract: EventContract<unknown>; handle: EventHandlerFn<unknown>; many?: EventBatchHandlerFn<unknown> }
  >();
  private consumer: Consumer | null = null;
  private stopped = false;
  private replacing = false;

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

  /**
   * Registers a handler of a chunk's events at once. When it fails, the chunk's events are handled
   * one at a time through it (with retries, and the dead-letter topic for an event that keeps failing).
   */
  onBatch<P>(contract: EventContract<P>, many: EventBatchHandlerFn<P>): this {
    this.on(contract, (event, { topic, partition, attempt }) => many([event], { topic, partition, attempt }));
    const entry = this.handlers.get(contract.topic);
    if (entry) entry.many = many as EventBatchHandlerFn<unknown>;
    return this;
  }

  private get heartbeatMs(): number {
    return Math.min(3000, Math.floor((this.options.sessionTimeoutMs ?? 30000) / 3));
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
    const sessionTimeout = this.options.sessionTimeoutMs ?? 30000;
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout,
      heartbeatInterval: this.heartbeatMs,
    });
    // Current before it connects: kafkajs reports a failed first join (a fresh broker has no group
    // coordinator yet) as a crash while run() is still being awaited, and that crash must count.
    this.consumer = consumer;
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
      if (this.consumer === consumer) void this.replace(consumer);
    });
    try {
      await consumer.connect();
      await consumer.subscribe({
        topics: this.topics.map((t) => physicalTopic(this.settings, t)),
        fromBeginning: true,
      });
      await consumer.run({
        autoCommit: true,
        autoCommitThreshold: this.options.autoCommitThreshold ?? 50,
        autoCommitInterval: 2000,
        partitionsConsumedConcurrently: this.options.partitionsConcurrently ?? 1,
        eachBatchAutoResolve: false,
        eachBatch: (payload) => this.handleBatch(payload),
      });
    } catch (err) {
      if (this.consumer === consumer) this.consumer = null;
      await consumer.disconnect().catch(() => undefined);
      throw err;
    }
  }

  /**
   * Drops a crashed consumer and, unless a replacement loop is already running, starts new ones
   * with back-off until one runs or the service stops. A replacement that crashes as it joins
   * hands the work back to the loop that started it.
   */
  private async replace(crashed: Consumer): Promise<void> {
    this.consumer = null;
    await crashed.disconnect().catch(() => undefined);
    if (this.replacing) return;
    this.replacing = true;
    try {
      for (let attempt = 1; !this.stopped && !this.consumer; attempt++) {
        await sleep(backoffMs(attempt, this.options.initialBackoffMs, this.options.maxBackoffMs));
        if (this.stopped || this.consumer) return;
        try {
          await this.start();
          if (this.consumer)
            this.logger.info({ group: this.options.groupId, attempt }, 'consumer running again');
        } catch (err) {
          this.logger.warn({ err, attempt }, 'consumer could not be started again; retrying');
        }
      }
    } finally {
      this.replacing = false;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const c = this.consumer;
    this.consumer = null;
    await c?.disconnect();
  }

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale } = payload;
    const size = this.options.chunkSize ?? defaultConsumerRetry.chunkSize;
    for (let from = 0; from < batch.messages.length; from += size) {
      if (!isRunning() || isStale()) return;
      const chunk = batch.messages.slice(from, from + size);
      await keepingAlive(heartbeat, this.heartbeatMs, () =>
        this.handleChunk(batch.topic, batch.partition, chunk, heartbeat),
      );
      resolveOffset(chunk[chunk.length - 1].offset);
      await heartbeat();
      await commitOffsetsIfNecessary();
    }
  }

  private async handleChunk(
    topic: string,
    partition: number,
    messages: KafkaMessage[],
    heartbeat: () => Promise<void>,
  ): Promise<void> {
    const logical = logicalTopic(this.settings, topic);
    const entry = this.handlers.get(logical);
    if (!entry) return;
    const valid: { message: KafkaMessage; event: Envelope; inboxId: string }[] = [];
    for (const message of messages) {
      try {
        const event = entry.contract.parse(JSON.parse(message.value?.toString('utf8') ?? 'null'));
        valid.push({ message, event, inboxId: `${this.options.groupId}:${event.id}` });
      } catch (error) {
        // The contract pins the producer: an envelope naming another service than the topic's
        // owner is refused there, and filed apart from malformed ones (a forgery to look into).
        const forged = error instanceof EventProducerError;
        this.logger.warn(
          { topic, partition, offset: message.offset, err: error },
          forged
            ? 'event claims a producer that does not own its topic; sent to the dead-letter topic'
            : 'event rejected by its contract; sent to the dead-letter topic',
        );
        await this.deadLetter(topic, partition, message, forged ? 'producer' : 'contract', error, 0);
        this.observe(logical, 'dead-lettered', 0);
      }
    }
    if (!valid.length) return;
    const keyOf = (v: (typeof valid)[number]) =>
      v.message.key?.toString('utf8') ?? v.event.subject ?? v.event.id;
    const concurrency = this.options.concurrency ?? defaultConsumerRetry.concurrency;
    const many = entry.many;
    if (many) {
      const started = process.hrtime.bigint();
      try {
        // One span for the batch, in the trace of its first event, linked to the others'.
        const [first, ...rest] = valid.map((v) => traceOf(v.message));
        await inSpan(
          `consume ${logical}`,
          contextOf(first),
          {
            kind: SpanKind.CONSUMER,
            attributes: {
              'messaging.destination.name': logical,
              'messaging.batch.message_count': valid.length,
            },
            links: rest.flatMap((tp) => linkTo(tp)),
          },
          () =>
            many(
              valid.map((v) => v.event),
              { topic: logical, partition, attempt: 1 },
            ),
        );
        const each = Number(process.hrtime.bigint() - started) / 1e9 / valid.length;
        for (let i = 0; i < valid.length; i++) this.observe(logical, 'handled', each);
        return;
      } catch (error) {
        this.logger.warn(
          { topic, partition, err: error },
          'batch handler failed; handling its events one at a time',
        );
        await heartbeat();
      }
    }
    const handled: Handled[] = [];
    await runByKey(valid, keyOf, concurrency, async ({ message, event, inboxId }) => {
      // An equality on `_id`, one per event: the lookup FerretDB serves without reading the inbox.
      const started = process.hrtime.bigint();
      if (await this.options.inbox.findOne({ _id: inboxId }, { projection: { _id: 1 } })) {
        this.logger.debug(
          { topic, partition, offset: message.offset, eventId: event.id },
          'event already handled; skipped',
        );
        this.observe(logical, 'duplicate', 0);
        return;
      }
      const ok = await this.handleOne(entry.handle, event, topic, partition, message, heartbeat);
      if (ok) handled.push({ _id: inboxId, topic: logical, handledAt: new Date() });
      this.observe(
        logical,
        ok ? 'handled' : 'dead-lettered',
        Number(process.hrtime.bigint() - started) / 1e9,
      );
    });
    if (!entry.many) await this.markHandled(handled);
  }

  /** Tells the metrics observer (if any) how one event ended and how long it took. */
  private observe(topic: string, outcome: ConsumeOutcome, seconds: number): void {
    this.settings.observer?.consumed?.(topic, outcome, seconds);
  }

  private async markHandled(handled: Handled[]): Promise<void> {
    if (!handled.length) return;
    try {
      await this.options.inbox.insertMany(handled, { ordered: false });
    } catch (error) {
      const errors = (error as { writeErrors?: unknown[] }).writeErrors;
      const duplicatesOnly = Array.isArray(errors) && errors.length > 0 && errors.every(isDuplicateKeyError);
      if (!duplicatesOnly && !isDuplicateKeyError(error)) throw error;
    }
  }

  /** Runs the handler with retries; returns false when the message went to the dead-letter topic. */
  private async handleOne(
    handle: EventHandlerFn<unknown>,
    event: Envelope,
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
  ): Promise<boolean> {
    const where = { topic, partition, offset: message.offset, eventId: event.id };
    const context = { topic: logicalTopic(this.settings, topic), partition, offset: message.offset };
    for (let attempt = 1; ; attempt++) {
      try {
        await inSpan(
          `consume ${context.topic}`,
          contextOf(traceOf(message)),
          { kind: SpanKind.CONSUMER, attributes: { 'messaging.destination.name': context.topic, attempt } },
          () => handle(event, { ...context, attempt }),
        );
        return true;
      } catch (error) {
        if (attempt >= this.options.maxAttempts) {
          this.logger.error({ ...where, attempt, err: error }, 'handler failed; dead-lettered');
          await this.deadLetter(topic, partition, message, 'handler', error, attempt);
          return false;
        }
        this.logger.warn({ ...where, attempt, err: error }, 'handler failed; will retry');
        await sleep(backoffMs(attempt, this.options.initialBackoffMs, this.options.maxBackoffMs));
        await heartbeat();
      }
    }
  }

  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    reason: DeadLetterReason,
    error: unknown,
    attempts: number,
  ): Promise<void> {
    // If this send fails, the handler throws, the offset is not committed, and the message comes
    // back: nothing is skipped silently.
    await this.producer.sendRaw(physicalTopic(this.settings, this.deadLetterTopic), [
      deadLetterMessage(message, {
        topic: logicalTopic(this.settings, topic),
        partition,
        group: this.options.groupId,
        reason,
        error,
        attempts,
      }),
    ]);
  }
}
