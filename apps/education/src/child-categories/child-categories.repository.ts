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

  /**
   * Keeps the child's categories as the event says, once per event id. One child's events share
   * a partition (keyed by the child), so they arrive in the order the registry wrote them.
   */
  apply(event: Envelope<ChildClassifiedPayload>): Promise<boolean> {
    const p = event.payload;
    return applyOnce(
      this.model.collection,
      { _id: p.childId },
      {
        $set: {
          categories: p.categories,
          leftBehind: p.leftBehind,
          inDifficulty: p.inDifficulty,
          protectedAsChildInDifficulty: p.protectedAsChildInDifficulty,
          classifiedAt: new Date(event.occurredAt),
        },
      },
      event.id,
      { upsert: true },
    );
  }
}
