import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { withDocumentLease, type OutgoingEvent } from '@qz/messaging';
import { OutboxNotifierService } from '@qz/messaging/nest';
import { BaseRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { CaseErrors } from './case.errors';
import { CaseDocument, DispatchSlaDocument } from './case.schema';
import type { CaseStatus } from './case.types';

export type ProtectionCase = Plain<CaseDocument>;

@Injectable()
export class CaseRepository extends BaseRepository<CaseDocument> {
  constructor(@InjectModel(CaseDocument.name) model: Model<CaseDocument>, notifier: OutboxNotifierService) {
    super(model, notifier);
  }

  async get(id: string) {
    const found = await this.findById(id);
    if (!found) throw CaseErrors.notFound(id);
    return found;
  }

  /** The case that already holds the report from this source (an event redelivered), if any. */
  findBySourceKey(key: string) {
    return this.findPlain({ reportKeys: key }).then((c) => c[0] ?? null);
  }

  byChild(childId: string) {
    return this.findPlain({ childId }).then((cs) => cs.sort((a, b) => a.id.localeCompare(b.id)));
  }

  /** The cases of many children in one query (a DataLoader batch), each child's oldest first. */
  async byChildren(childIds: readonly string[]): Promise<ProtectionCase[][]> {
    const all = await this.findPlain({ childId: { $in: [...new Set(childIds)] } });
    all.sort((a, b) => a.id.localeCompare(b.id));
    return childIds.map((id) => all.filter((c) => c.childId === id));
  }

  /** Every case (the indicators filter by region and period in memory; fine at our sizes). */
  all() {
    return this.findPlain({});
  }

  byStatus(status: CaseStatus) {
    return this.findPlain({ status }).then((cs) => cs.sort((a, b) => a.id.localeCompare(b.id)));
  }

  /** Cases with an order to the parents not yet complied with (四(二)3). */
  withOpenOrders() {
    return this.findPlain({ openOrders: true });
  }

  /** Cases whose search for a missing child is open (四(二)3). */
  withOpenSearch() {
    return this.findPlain({ searchOpen: true });
  }

  /** Cases with at least one reporting failure recorded. */
  withReportingFailures() {
    return this.findPlain({ hasReportingFailures: true });
  }

  open(doc: CaseDocument, events: OutgoingEvent[]) {
    return this.insertWithEvents(doc, events);
  }
}

@Injectable()
export class DispatchSlaRepository {
  constructor(@InjectModel(DispatchSlaDocument.name) private readonly model: Model<DispatchSlaDocument>) {}

  async all() {
    return this.model.collection.find({}).toArray() as unknown as Promise<DispatchSlaDocument[]>;
  }

  async find(situationType: string) {
    return (await this.model.collection.findOne({
      _id: situationType,
    } as never)) as DispatchSlaDocument | null;
  }

  async set(doc: DispatchSlaDocument) {
    await withDocumentLease(this.model.collection, doc._id, () =>
      this.model.collection.replaceOne({ _id: doc._id } as never, doc, { upsert: true }),
    );
  }
}
