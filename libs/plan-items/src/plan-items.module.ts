import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { PlanItemDepartment } from '@qz/contracts';
import { followingChildren, type ChildRecordHooks } from '@qz/platform';
import { PlanItemAssignedHandler } from './plan-item.handler';
import { PlanItemRepository } from './plan-item.repository';
import { planItemResolver } from './plan-item.resolver';
import { PlanItemDocument, PlanItemSchema } from './plan-item.schema';
import { PlanItemService } from './plan-item.service';
import { PLAN_ITEM_DEPARTMENT } from './plan-item.tokens';

/** The collection a department's plan items are kept in (add it to the service's outbox collections). */
export const PLAN_ITEMS_COLLECTION = 'plan_items';

/**
 * A department's plan items (四(二)4): police.plan-item.assigned for this department queued in
 * its store, its staff's queue and completion, and the completion sent back to police.
 */
@Module({})
export class PlanItemsModule {
  /**
   * `children`: the service's child copy (its module and its hooks' class), whose region changes
   * move the open items to the child's new region (四(二)4: the new county's staff deliver them).
   */
  static forDepartment(
    department: PlanItemDepartment,
    children: { module: Type<unknown>; hooks: Type<ChildRecordHooks> },
  ): DynamicModule {
    return {
      module: PlanItemsModule,
      imports: [
        MongooseModule.forFeature([{ name: PlanItemDocument.name, schema: PlanItemSchema }]),
        children.module,
      ],
      providers: [
        followingChildren(children.hooks, PlanItemService),
        { provide: PLAN_ITEM_DEPARTMENT, useValue: department },
        PlanItemRepository,
        PlanItemService,
        PlanItemAssignedHandler,
        planItemResolver(department),
      ],
    };
  }
}
