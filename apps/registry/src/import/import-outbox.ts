import { Injectable, Optional } from '@nestjs/common';
import { InjectConnection, InjectModel } from '@nestjs/mongoose';
import { outboxForInsert, withWriteLock, type OutboxEntry, type OutgoingEvent } from '@qz/messaging';
import { OutboxNotifierService } from '@qz/messaging/nest';
import type { Connection, Model, mongo } from 'mongoose';
import { ChildDocument } from '../children/child.schema';

/** Where the events of imported children wait for the relay: one document per batch. */
export const IMPORT_OUTBOX_COLLECTION = 'child_import_outbox';

export interface PreparedChild {
  row: number;
  child: ChildDocument;
  events: OutgoingEvent[];
}

interface ImportOutboxDocument {
  _id: string;
  state: 'PREPARED' | 'ACTIVE';
  childIds: string[];
  /** The batch's events while its children are being written. */
  staged: OutboxEntry[];
  outbox: OutboxEntry[];
  outboxPending: boolean;
  outboxVersion: number;
}

/**
 * Writes a batch of new children with one insertMany, and their events in one outbox document
 * of the batch, so that the relay acknowledges a thousand events with one write instead of a
 * thousand (on FerretDB 1.x every update scans the whole collection: see docs/services/registry.md).
 *
 * The two writes are made recoverable rather than atomic: (1) the batch document is written with
 * every event staged and nothing pending; (2) the children are inserted; (3) the events of the
 * children actually inserted are moved into the outbox. A crash between (1) and (3) leaves a
 * PREPARED batch, which `recover` finishes at the next start from the children that exist, so no
 * event of a stored child is lost and none is published for a child that was not stored.
 */
@Injectable()
export class ImportedChildWriter {
  private readonly batches: mongo.Collection<ImportOutboxDocument>;

  constructor(
    @InjectModel(ChildDocument.name) private readonly children: Model<ChildDocument>,
    @InjectConnection() connection: Connection,
    @Optional() private readonly notifier?: OutboxNotifierService,
  ) {
    this.batches = connection.collection(IMPORT_OUTBOX_COLLECTION) as never;
  }

  get outboxCollection(): mongo.Collection {
    return this.batches as never;
  }

  async ensureIndexes(): Promise<void> {
    await this.batches.createIndex({ outboxPending: 1 });
    await this.batches.createIndex({ state: 1 });
  }

  /**
   * Stores the children that do not break a unique index; returns the rows refused as already
   * registered (an ID number stored meanwhile, or by another import).
   */
  async write(batchId: string, prepared: PreparedChild[]): Promise<{ duplicateRows: number[] }> {
    if (!prepared.length) return { duplicateRows: [] };
    const docs = await Promise.all(
      prepared.map(async (p) => {
        const candidate = new this.children(p.child);
        await candidate.validate();
        return { ...candidate.toObject(), outbox: [], outboxPending: false, outboxVersion: 0 };
      }),
    );
    const staged = prepared.flatMap((p) => outboxForInsert(p.events).outbox);
    await this.batches.insertOne({
      _id: batchId,
      state: 'PREPARED',
      childIds: docs.map((d) => d._id),
      staged,
      outbox: [],
      outboxPending: false,
      outboxVersion: 0,
    });
    const failed = new Set<number>();
    // No write lock: inserting new documents cannot lose a concurrent update of another one, and
    // the lock would make the import wait behind the relay's acknowledgements.
    try {
      await this.children.collection.insertMany(docs as never[], { ordered: false });
    } catch (error) {
      const writeErrors = (error as { writeErrors?: { index: number; code?: number }[] }).writeErrors;
      if (!writeErrors?.length || !writeErrors.every((w) => w.code === 11000 || w.code === 11001))
        throw error;
      for (const w of writeErrors) failed.add(w.index);
    }
    const stored = new Set(docs.filter((_, i) => !failed.has(i)).map((d) => d._id));
    await this.activate(batchId, staged, stored);
    return { duplicateRows: prepared.filter((_, i) => failed.has(i)).map((p) => p.row) };
  }

  /** Finishes batches a crash left PREPARED: publishes the events of the children that exist. */
  async recover(): Promise<number> {
    const prepared = await this.batches.find({ state: 'PREPARED' }).toArray();
    for (const batch of prepared) {
      const existing = await this.children.collection
        .find({ _id: { $in: batch.childIds } } as never, { projection: { _id: 1 } })
        .toArray();
      await this.activate(batch._id, batch.staged, new Set(existing.map((d) => String(d._id))));
    }
    return prepared.length;
  }

  private async activate(batchId: string, staged: OutboxEntry[], stored: Set<string>): Promise<void> {
    const outbox = staged.filter((e) => stored.has(e.envelope.subject ?? ''));
    await withWriteLock(this.batches, () =>
      this.batches.updateOne(
        { _id: batchId },
        {
          $set: { state: 'ACTIVE', staged: [], outbox, outboxPending: outbox.length > 0 },
          $inc: { outboxVersion: 1 },
        },
      ),
    );
    if (outbox.length) this.notifier?.notify();
  }
}
