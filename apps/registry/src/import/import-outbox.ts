import { Injectable } from '@nestjs/common';
import { InjectConnection, InjectModel } from '@nestjs/mongoose';
import { outboxForInsert, type OutboxEntry, type OutgoingEvent } from '@qz/messaging';
import type { Connection, Model, mongo } from 'mongoose';
import { ChildDocument } from '../children/child.schema';

/** Where the events of imported children wait for the relay: one document per batch. */
export const IMPORT_OUTBOX_COLLECTION = 'child_import_outbox';
/** A batch's events while its children are being written. */
const STAGING_COLLECTION = 'child_import_staging';
const MAX_UNPUBLISHED_BATCHES = 2;

export interface PreparedChild {
  row: number;
  child: ChildDocument;
  events: OutgoingEvent[];
}

interface StagedBatch {
  _id: string;
  childIds: string[];
  events: OutboxEntry[];
}

interface BatchOutbox {
  _id: string;
  outbox: OutboxEntry[];
  outboxPending: boolean;
  outboxVersion: number;
}

/**
 * Writes a batch of new children with one insertMany, and their events in one outbox document
 * of the batch, so that the relay acknowledges a batch of events with one write instead of one
 * per child (on FerretDB 1.x every update scans the whole collection: see docs/services/registry.md).
 *
 * The writes are made recoverable rather than atomic, with inserts only (FerretDB's cheap writes):
 * (1) the batch's events are staged; (2) the children are inserted; (3) the events of the children
 * actually stored go into the batch's outbox document (its id is the batch's, so this happens once);
 * (4) the staged copy is removed. A crash before (4) leaves the staged batch, which `recover`
 * finishes at the next start from the children that exist: no event of a stored child is lost, and
 * none is published for a child that was not stored.
 */
@Injectable()
export class ImportedChildWriter {
  private readonly batches: mongo.Collection<BatchOutbox>;
  private readonly staging: mongo.Collection<StagedBatch>;
  /** How long the last batch's steps took (logged by the import at debug level). */
  timings: Record<string, number> = {};
  /**
   * Set where this process runs the relay: the import then waits while more than
   * MAX_UNPUBLISHED_BATCHES of its batches are unpublished. The relay's look for pending events and
   * its acknowledgement each read every pending document on FerretDB, so letting batches pile up
   * makes both the relay and the import slower.
   */
  relayInProcess = false;
  /** Wakes the relay of this process for the batches' collection alone (set with relayInProcess). */
  notifyRelay: () => void = () => undefined;
  private readonly unpublished: string[] = [];

  constructor(
    @InjectModel(ChildDocument.name) private readonly children: Model<ChildDocument>,
    @InjectConnection() connection: Connection,
  ) {
    this.batches = connection.collection(IMPORT_OUTBOX_COLLECTION) as never;
    this.staging = connection.collection(STAGING_COLLECTION) as never;
  }

  get outboxCollection(): mongo.Collection {
    return this.batches as never;
  }

  async ensureIndexes(): Promise<void> {
    // Only when missing: on FerretDB 1.x a createIndex of an index that exists, while mongoose
    // checks the models' indexes on the same database, was seen to never answer.
    const existing = await this.batches.indexes().catch(() => []);
    if (!existing.some((i) => i.key?.outboxPending === 1))
      await this.batches.createIndex({ outboxPending: 1 });
  }

  /**
   * Stores the children that do not break a unique index; returns the rows refused as already
   * registered (an ID number stored meanwhile, or by another import).
   */
  async write(batchId: string, prepared: PreparedChild[]): Promise<{ duplicateRows: number[] }> {
    if (!prepared.length) return { duplicateRows: [] };
    const waitStart = Date.now();
    await this.untilRelayCatchesUp();
    const t0 = Date.now();
    // The registration checks have run on every field; mongoose's own validation of the same
    // constraints costs more than they do (about 1.6 ms a child here), so only its casting runs.
    const docs = prepared.map((p) => ({
      ...new this.children(p.child).toObject(),
      outbox: [],
      outboxPending: false,
      outboxVersion: 0,
    }));
    const events = prepared.flatMap((p) => outboxForInsert(p.events).outbox);
    await this.staging.insertOne({ _id: batchId, childIds: docs.map((d) => d._id), events });
    const t1 = Date.now();
    const failed = new Set<number>();
    // No write lease: inserting new documents cannot lose a concurrent update of another one.
    try {
      await this.children.collection.insertMany(docs as never[], { ordered: false });
    } catch (error) {
      const writeErrors = (error as { writeErrors?: { index: number; code?: number }[] }).writeErrors;
      if (!writeErrors?.length || !writeErrors.every((w) => w.code === 11000 || w.code === 11001))
        throw error;
      for (const w of writeErrors) failed.add(w.index);
    }
    const t2 = Date.now();
    const stored = new Set(docs.filter((_, i) => !failed.has(i)).map((d) => d._id));
    await this.publish(batchId, events, stored);
    if (this.relayInProcess) this.unpublished.push(batchId);
    this.timings = { waitMs: t0 - waitStart, stageMs: t1 - t0, insertMs: t2 - t1, outboxMs: Date.now() - t2 };
    return { duplicateRows: prepared.filter((_, i) => failed.has(i)).map((p) => p.row) };
  }

  private async untilRelayCatchesUp(): Promise<void> {
    while (this.unpublished.length > MAX_UNPUBLISHED_BATCHES) {
      // An equality on the id alone: the one lookup FerretDB 1.x does not answer with a full decode.
      const oldest = await this.batches.findOne({ _id: this.unpublished[0] }, { projection: { outbox: 0 } });
      if (!oldest || !oldest.outboxPending) this.unpublished.shift();
      else await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Finishes batches a crash left staged: publishes the events of their children that exist. */
  async recover(): Promise<number> {
    const staged = await this.staging.find({}).toArray();
    for (const batch of staged) {
      const existing = await this.children.collection
        .find({ _id: { $in: batch.childIds } } as never, { projection: { _id: 1 } })
        .toArray();
      await this.publish(batch._id, batch.events, new Set(existing.map((d) => String(d._id))));
    }
    return staged.length;
  }

  /**
   * Removes the batches the relay has published (on FerretDB every write scans the collection).
   * No write lease: only published batches go, which nothing writes again (the relay's late
   * acknowledgement of a deleted batch matches nothing, and an update never recreates a document).
   */
  async removePublished(): Promise<void> {
    await this.batches.deleteMany({ outboxPending: false });
  }

  private async publish(batchId: string, staged: OutboxEntry[], stored: Set<string>): Promise<void> {
    const outbox = staged.filter((e) => stored.has(e.envelope.subject ?? ''));
    try {
      // The relay is woken for this collection alone: a notify() of every source would make it
      // look at the large children collection too.
      await this.batches.insertOne({
        _id: batchId,
        outbox,
        outboxPending: outbox.length > 0,
        outboxVersion: 1,
      });
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error; // already there: a recovery
    }
    await this.staging.deleteOne({ _id: batchId });
    if (outbox.length) this.notifyRelay();
  }
}
