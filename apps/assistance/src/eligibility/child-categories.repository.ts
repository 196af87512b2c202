import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { ChildClassifiedPayload, Envelope } from '@qz/contracts';
import { applyOnce } from '@qz/messaging';
import { BaseRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { ChildCategoriesDocument } from './child-categories.schema';

export type ChildCategories = Plain<ChildCategoriesDocument>;

@Injectable()
export class ChildCategoriesRepository extends BaseRepository<ChildCategoriesDocument> {
  constructor(@InjectModel(ChildCategoriesDocument.name) model: Model<ChildCategoriesDocument>) {
    super(model);
  }

  /** Records the child's categories from a ChildClassified event, once per event id. */
  apply(
    event: Envelope<ChildClassifiedPayload>,
    regionCode: string,
    awaitingChild: boolean,
  ): Promise<boolean> {
    // applyOnce holds the child's write lease.
    return applyOnce(
      this.model.collection,
      { _id: event.payload.childId },
      {
        $set: {
          categories: event.payload.categories,
          regionCode,
          classifiedAt: new Date(event.occurredAt),
          eventId: event.id,
          reason: event.payload.reason,
          awaitingChild,
        },
      },
      event.id,
      { upsert: true },
    );
  }

  findAwaitingChild(): Promise<ChildCategories[]> {
    return this.findPlain({ awaitingChild: true });
  }

  /** The proposals for this classification were made (unless a newer one arrived meanwhile). */
  settled(childId: string, eventId: string): Promise<boolean> {
    return this.updateWithEvents({ _id: childId, eventId }, { $set: { awaitingChild: false } }, []);
  }

  /** Children of a region and below with at least one category. */
  async findIn(regionCode: string): Promise<ChildCategories[]> {
    return (await this.findInRegion(regionCode, {}, { code: 'regionCode' })).filter(
      (c) => c.categories.length,
    );
  }
}
