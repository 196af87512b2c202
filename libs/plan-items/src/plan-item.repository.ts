import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { insertOnce, type OutgoingEvent } from '@qz/messaging';
import { OutboxNotifierService } from '@qz/messaging/nest';
import { BaseRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { PlanItemDocument, type PlanItemCompletion, type PlanItemStatus } from './plan-item.schema';

export type PlanItem = Plain<PlanItemDocument>;

@Injectable()
export class PlanItemRepository extends BaseRepository<PlanItemDocument> {
  constructor(
    @InjectModel(PlanItemDocument.name) model: Model<PlanItemDocument>,
    notifier: OutboxNotifierService,
  ) {
    super(model, notifier);
  }

  /** Stores an assigned item once: a redelivered assignment hits the item's id and changes nothing. */
  receive(doc: PlanItemDocument): Promise<boolean> {
    return insertOnce(this.model.collection, doc);
  }

  /** One page of a region's items with a status, in assignment order. */
  page(regionCode: string, status: PlanItemStatus, first: number, afterId: string | null) {
    return this.findPage({ regionPath: regionCode, status }, first, afterId);
  }

  /** A moved child's open items take its new region; completed ones stay where they were done. */
  moveChild(childId: string, regionCode: string, regionPath: string[]): Promise<void> {
    return this.moveToRegion({ childId, status: 'OPEN' }, regionCode, regionPath);
  }

  /** A provisional record merged into `intoChildId`: its items are the surviving record's. */
  mergeChild(fromChildId: string, intoChildId: string): Promise<string[]> {
    return this.reassignChild(fromChildId, intoChildId);
  }

  /** Completes an open item with its event in one write; false when it was no longer open. */
  complete(id: string, completion: PlanItemCompletion, events: OutgoingEvent[]) {
    return this.updateWithEvents(
      { _id: id, status: 'OPEN' },
      { $set: { status: 'COMPLETED', completion } },
      events,
    );
  }
}
