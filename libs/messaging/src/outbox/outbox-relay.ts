import type { mongo } from 'mongoose';
import type { EventProducer } from '../kafka/event-producer';
import { backoffMs, type MessagingLogger } from '../kafka/messaging-options';
import { OUTBOX_PENDING_FIELD, OUTBOX_VERSION_FIELD, type OutboxEntry } from './outbox';
import { isWriteContended, withDocumentLease, withFreeDocumentLeases } from '../lease/document-lease';
import { runByKey } from '../consumer/by-key';

export interface OutboxRelayOptions {
  /** How often an idle relay looks for pending events. */
  pollIntervalMs: number;
  /** Documents taken per round. */
  batchSize: number;
  /**
   * Events sent per round at most (a document's events are never split): a document may carry a
   * whole batch of events (a bulk import writes one outbox document per thousand children).
   */
  maxEventsPerRound?: number;
  /**
   * Longest wait before looking again at a source that had nothing pending: the wait doubles
   * from `pollIntervalMs` with each empty look, up to this. A write in this process (`notify`)
   * ends every wait. On FerretDB 1.x each look scans the whole collection, so a large idle
   * collection (the children) must not be scanned on every round that drains another source.
   */
  maxIdlePollMs?: number;
  /** Back-off after a failed round (broker down): initial and cap. */
  initialBackoffMs: number;
  maxBackoffMs: number;
}

export const defaultRelayOptions: OutboxRelayOptions = {
  pollIntervalMs: 250,
  batchSize: 200,
  maxEventsPerRound: 2000,
  maxIdlePollMs: 2000,
  initialBackoffMs: 250,
  maxBackoffMs: 5000,
};

type OutboxDocument = { _id: unknown; outbox?: OutboxEntry[]; outboxVersion?: number };

const MAX_ACK_RACES = 10;
/** Up to this many documents a round are acknowledged one by one (`_id` equality), side by side. */
const ACK_ONE_BY_ONE = 64;
const ACK_CONCURRENCY = 8;

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
  /** Per source: empty looks in a row, and when to look next. */
  private readonly idle = new Map<unknown, { looks: number; next: number }>();

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

  /**
   * Asks a waiting relay to look now (called after a write that added events): at every source,
   * or only at the collection named (a bulk import's batches: the large collections of the other
   * sources are not scanned again for it).
   */
  notify(collectionName?: string): void {
    if (collectionName === undefined) this.idle.clear();
    else
      for (const source of this.sources)
        if (source.collectionName === collectionName) this.idle.delete(source);
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
        published = await this.drainDue();
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

  /** One pass over the sources due for a look (see maxIdlePollMs). */
  private async drainDue(): Promise<number> {
    let published = 0;
    for (const source of this.sources) {
      const idle = this.idle.get(source);
      if (idle && Date.now() < idle.next) continue;
      const started = Date.now();
      const count = await this.drainSource(source);
      published += count;
      if (count > 0) {
        this.idle.delete(source);
      } else {
        const { pollIntervalMs, maxIdlePollMs = pollIntervalMs } = this.options;
        const looks = Math.min((idle?.looks ?? 0) + 1, 16);
        // An empty look that took long (a large collection on FerretDB) is repeated less often:
        // an idle relay spends at most about a tenth of the store's time looking.
        const took = Date.now() - started;
        const wait = Math.max(
          Math.min(maxIdlePollMs, pollIntervalMs * 2 ** (looks - 1)),
          Math.min(10 * took, 60_000),
        );
        this.idle.set(source, { looks, next: Date.now() + wait });
      }
    }
    return published;
  }

  private async drainSource(source: mongo.Collection<OutboxDocument>): Promise<number> {
    // Equality on an indexed flag: the one filter every supported store serves from an index.
    const docs = await this.pendingDocuments(source);
    const events = docs.flatMap((d) => d.outbox ?? []);
    if (events.length) await this.producer.send(events);
    if (docs.length) await this.acknowledgeLeased(source, docs);
    return events.length;
  }

  /**
   * Acknowledges under each document's write lease: the free ones together (one lease insert,
   * usually one update), then each busy one alone, waiting for its lease. One still busy after
   * the wait keeps its events, which are published again next round (consumers dedupe by id).
   */
  private async acknowledgeLeased(source: mongo.Collection<OutboxDocument>, docs: OutboxDocument[]) {
    const busy = await withFreeDocumentLeases(
      source,
      docs.map((d) => String(d._id)),
      async (free) => {
        const leased = docs.filter((d) => free.has(String(d._id)));
        if (leased.length && !(await this.acknowledgeAll(source, leased))) {
          for (const doc of leased) await this.acknowledge(source, doc);
        }
        return docs.filter((d) => !free.has(String(d._id)));
      },
    );
    for (const doc of busy) {
      try {
        await withDocumentLease(source, String(doc._id), () => this.acknowledge(source, doc));
      } catch (error) {
        if (!isWriteContended(error)) throw error;
        this.logger.debug({ id: String(doc._id) }, 'outbox acknowledgement left for the next round');
      }
    }
  }

  /**
   * Pending documents, read until the round's events are reached (at least one document): a
   * document may carry a whole batch of events, so documents are fetched a few at a time.
   */
  private async pendingDocuments(source: mongo.Collection<OutboxDocument>): Promise<OutboxDocument[]> {
    const limit = this.options.maxEventsPerRound ?? Infinity;
    const cursor = source
      .find({ [OUTBOX_PENDING_FIELD]: true }, { projection: { outbox: 1, [OUTBOX_VERSION_FIELD]: 1 } })
      .limit(this.options.batchSize)
      .batchSize(Math.min(this.options.batchSize, 2));
    const docs: OutboxDocument[] = [];
    let events = 0;
    try {
      for await (const doc of cursor) {
        const count = doc.outbox?.length ?? 0;
        if (docs.length && events + count > limit) break;
        docs.push(doc);
        events += count;
        if (events >= limit) break;
      }
    } finally {
      await cursor.close();
    }
    return docs;
  }

  /**
   * The common case: every document still at the version read — a few documents one by one, many
   * in one statement per outbox version (usually one). Returns false when some were written meanwhile; acknowledging again is
   * harmless (an acknowledgement leaves the version as it is, so a repeat sets the same outbox).
   */
  private async acknowledgeAll(
    source: mongo.Collection<OutboxDocument>,
    docs: OutboxDocument[],
  ): Promise<boolean> {
    let matched = 0;
    const clear = { $set: { outbox: [], [OUTBOX_PENDING_FIELD]: false } } as never;
    if (docs.length <= ACK_ONE_BY_ONE) {
      // An equality on `_id` per document: FerretDB 1.x hands it to its backend, while an `$in`
      // makes it read the whole collection (the children's, tens of thousands).
      await runByKey(
        docs,
        (d) => String(d._id),
        ACK_CONCURRENCY,
        async (d) => {
          const result = await source.updateOne(
            { _id: d._id, [OUTBOX_VERSION_FIELD]: d.outboxVersion } as never,
            clear,
          );
          matched += result.matchedCount;
        },
      );
      return matched === docs.length;
    }
    const byVersion = new Map<number | undefined, unknown[]>();
    for (const d of docs) byVersion.set(d.outboxVersion, [...(byVersion.get(d.outboxVersion) ?? []), d._id]);
    for (const [version, ids] of byVersion) {
      const result = await source.updateMany(
        { _id: { $in: ids }, [OUTBOX_VERSION_FIELD]: version } as never,
        clear,
      );
      matched += result.matchedCount;
    }
    return matched === docs.length;
  }

  /**
   * Removes the published events from the document. Compare-and-set on the outbox version (an
   * equality filter, no array operators): if a write added events meanwhile, keep those and try
   * again with the newer version.
   */
  private async acknowledge(source: mongo.Collection<OutboxDocument>, doc: OutboxDocument): Promise<void> {
    const published = new Set((doc.outbox ?? []).map((e) => e.id));
    let seen: OutboxDocument | null = doc;
    for (let race = 0; seen && race < MAX_ACK_RACES; race++) {
      const remaining = (seen.outbox ?? []).filter((e) => !published.has(e.id));
      const result = await source.updateOne(
        { _id: seen._id, [OUTBOX_VERSION_FIELD]: seen.outboxVersion } as never,
        { $set: { outbox: remaining, [OUTBOX_PENDING_FIELD]: remaining.length > 0 } } as never,
      );
      if (result.matchedCount) return;
      seen = await source.findOne({ _id: doc._id } as never, {
        projection: { outbox: 1, [OUTBOX_VERSION_FIELD]: 1 },
      });
    }
    // Still racing: the events stay and are published again next round (consumers dedupe by id).
  }
}
