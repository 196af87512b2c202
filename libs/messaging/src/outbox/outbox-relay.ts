import type { mongo } from 'mongoose';
import type { EventProducer } from '../kafka/event-producer';
import { backoffMs, type MessagingLogger } from '../kafka/messaging-options';
import { OUTBOX_PENDING_FIELD, type OutboxEntry } from './outbox';

export interface OutboxRelayOptions {
  /** How often an idle relay looks for pending events. */
  pollIntervalMs: number;
  /** Documents taken per round. */
  batchSize: number;
  /** Back-off after a failed round (broker down): initial and cap. */
  initialBackoffMs: number;
  maxBackoffMs: number;
}

export const defaultRelayOptions: OutboxRelayOptions = {
  pollIntervalMs: 250,
  batchSize: 200,
  initialBackoffMs: 250,
  maxBackoffMs: 5000,
};

type OutboxDocument = { _id: unknown; outbox?: OutboxEntry[] };

/**
 * Publishes pending outbox events and removes them once the broker has acknowledged them.
 * At-least-once: a crash between the acknowledgement and the removal publishes an event again,
 * which consumers recognise by its id. While the broker is down the relay backs off and retries;
 * the writes that produce events never wait for the broker.
 */
export class OutboxRelay {
  private readonly sources: mongo.Collection<OutboxDocument>[] = [];
  private running = false;
  private wake: (() => void) | null = null;
  private loop: Promise<void> | null = null;
  private failures = 0;

  constructor(
    private readonly producer: EventProducer,
    private readonly logger: MessagingLogger,
    private readonly options: OutboxRelayOptions = defaultRelayOptions,
  ) {}

  /** Adds a collection whose documents carry an outbox. */
  addSource(collection: mongo.Collection): void {
    this.sources.push(collection as unknown as mongo.Collection<OutboxDocument>);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Asks a waiting relay to look now (called after a write that added events). */
  notify(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.notify();
    await this.loop;
    this.loop = null;
  }

  /** One pass over every source; returns how many events were published. */
  async drainOnce(): Promise<number> {
    let published = 0;
    for (const source of this.sources) published += await this.drainSource(source);
    return published;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let published = 0;
      try {
        published = await this.drainOnce();
        if (this.failures > 0) this.logger.info({ failures: this.failures }, 'outbox relay recovered');
        this.failures = 0;
      } catch (error) {
        this.failures += 1;
        const level = this.failures === 1 || this.failures % 20 === 0 ? 'warn' : 'debug';
        this.logger[level](
          { err: error, failures: this.failures },
          'outbox relay could not publish; will retry',
        );
      }
      if (!this.running) break;
      if (published > 0 && this.failures === 0) continue;
      const wait =
        this.failures > 0
          ? backoffMs(this.failures, this.options.initialBackoffMs, this.options.maxBackoffMs)
          : this.options.pollIntervalMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }

  private async drainSource(source: mongo.Collection<OutboxDocument>): Promise<number> {
    // Equality on an indexed flag: the one filter every supported store serves from an index.
    const docs = await source
      .find({ [OUTBOX_PENDING_FIELD]: true }, { projection: { outbox: 1 } })
      .limit(this.options.batchSize)
      .toArray();
    const withEvents = docs.filter((d) => d.outbox?.length);
    const events = withEvents.flatMap((d) => d.outbox ?? []);
    if (events.length) await this.producer.send(events);
    if (docs.length) {
      // In order, per document: remove what was published, then clear the flag only where no new
      // event arrived meanwhile. Equality filters on _id only; one round trip.
      await source.bulkWrite(
        docs.flatMap((d) => [
          {
            updateOne: {
              filter: { _id: d._id },
              update: { $pull: { outbox: { id: { $in: (d.outbox ?? []).map((e) => e.id) } } } },
            },
          },
          {
            updateOne: {
              filter: { _id: d._id, outbox: { $size: 0 } },
              update: { $set: { [OUTBOX_PENDING_FIELD]: false } },
            },
          },
        ]) as never,
        { ordered: true },
      );
    }
    return events.length;
  }
}
