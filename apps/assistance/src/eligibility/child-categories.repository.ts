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
  apply(event: Envelope<ChildClassifiedPayload>, regionCode: string): Promise<boolean> {
    return applyOnce(
      this.model.collection,
      { _id: event.payload.childId },
      {
        $set: { categories: event.payload.categories, regionCode, classifiedAt: new Date(event.occurredAt) },
      },
      event.id,
      { upsert: true },
    );
  }

  /** Children of a region and below with at least one category. */
  async findIn(regionCode: string): Promise<ChildCategories[]> {
    return (await this.findPlain({})).filter(
      (c) => c.regionCode.startsWith(regionCode) && c.categories.length,
    );
  }
}
