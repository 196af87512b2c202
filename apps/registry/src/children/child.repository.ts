import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { OutgoingEvent } from '@qz/messaging';
import { OutboxNotifierService } from '@qz/messaging/nest';
import { BaseRepository, idsFilter } from '@qz/persistence';
import type { Model } from 'mongoose';
import { ChildErrors } from './child.errors';
import type { IdentityEntry } from '../identity/identity';
import { ChildDocument, type StoredVisit } from './child.schema';

@Injectable()
export class ChildRepository extends BaseRepository<ChildDocument> {
  constructor(@InjectModel(ChildDocument.name) model: Model<ChildDocument>, notifier: OutboxNotifierService) {
    super(model, notifier);
  }

  /** The child, or CHILD_NOT_FOUND. */
  async get(id: string) {
    const child = await this.findById(id);
    if (!child) throw ChildErrors.notFound(id);
    return child;
  }

  /**
   * Where each child lives (the access layer's ChildRegionLookup): one query, only the region
   * read; unknown ids are left out.
   */
  async regionsOf(ids: readonly string[]): Promise<Map<string, string>> {
    const docs = await this.model.collection
      .find(idsFilter(ids) as never, { projection: { _id: 1, regionCode: 1 } })
      .toArray();
    return new Map(docs.map((d) => [String(d._id), String(d['regionCode'])]));
  }

  findByResidentIdNumber(residentIdNumber: string) {
    return this.findPlain({ residentIdNumber }).then((found) => found[0] ?? null);
  }

  /**
   * Takes a provisional record's visits into this child's record, once: a child that already
   * absorbed that record is not matched (the caller then goes on with the next step).
   */
  absorb(
    id: string,
    revision: number,
    provisionalId: string,
    visits: StoredVisit[],
    entry: IdentityEntry,
    events: OutgoingEvent[],
  ) {
    return this.updateWithEvents(
      { _id: id, revision, mergedFrom: { $ne: provisionalId } },
      {
        $push: { mergedFrom: provisionalId, identityHistory: entry, visits: { $each: visits } },
        $inc: { revision: 1 },
      },
      events,
    );
  }

  /** Stores a new child and its ChildRegistered event in one write; a known ID number is refused. */
  register(child: ChildDocument, events: OutgoingEvent[]) {
    return this.insertWithEvents(child, events, () => ChildErrors.alreadyRegistered());
  }

  /** One page of children matching `filter`, in registration order (ids are time-ordered). */
  page(filter: Record<string, unknown>, first: number, afterId: string | null, withTotal = true) {
    return this.findPage(filter, first, afterId, withTotal);
  }

  /**
   * The daily sweep's work list: left-behind children (status ends at 16, agreements end) and
   * children whose dibao or low-income certification ended before `today`.
   */
  findDueForSweep(today: string) {
    return this.findPlain({
      mergedInto: null,
      $or: [
        { 'classification.leftBehind': true },
        { categoryCodes: 'POVERTY_DIBAO', 'circumstances.household.dibaoUntil': { $lt: today } },
        { categoryCodes: 'POVERTY_LOW_INCOME', 'circumstances.household.lowIncomeUntil': { $lt: today } },
      ],
    });
  }
}
