import { type Type } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PLAN_ITEM_SERVICE, type PlanItemDepartment } from '@qz/contracts';
import type { Identity } from '@qz/identity';
import { Viewer } from '@qz/platform';
import { DepartmentPlanItemModel, DepartmentPlanItemPageModel, PlanItemStatusValue } from './plan-item.model';
import type { PlanItemStatus } from './plan-item.schema';
import { CompletePlanItemInput } from './plan-item.vocabulary';
import { PlanItemService } from './plan-item.service';

/** The root fields of a department's plan items: `<service>PlanItems`, `complete<Service>PlanItem`. */
export const planItemOperations = (department: PlanItemDepartment) => {
  const service = PLAN_ITEM_SERVICE[department];
  const Service = service[0].toUpperCase() + service.slice(1);
  return { queue: `${service}PlanItems`, complete: `complete${Service}PlanItem` };
};

/**
 * The department's queue of plan items and their completion, named after its service: the three
 * services are one supergraph, and each root field must belong to one of them.
 */
export function planItemResolver(department: PlanItemDepartment): Type<unknown> {
  const names = planItemOperations(department);

  @Resolver(() => DepartmentPlanItemModel)
  class DepartmentPlanItemResolver {
    constructor(private readonly items: PlanItemService) {}

    @Query(() => DepartmentPlanItemPageModel, {
      name: names.queue,
      description:
        'Plan items (四(二)4) police assigned to this department, in a region’s subtree, oldest assignment first.',
    })
    queue(
      @Viewer() viewer: Identity,
      @Args('regionCode', {
        nullable: true,
        description: 'Only items in this region’s subtree; the asker’s region if not given.',
      })
      regionCode?: string,
      @Args('status', { type: () => PlanItemStatusValue, defaultValue: 'OPEN' })
      status: PlanItemStatus = 'OPEN',
      @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
      @Args('after', { type: () => String, nullable: true }) after?: string | null,
    ) {
      return this.items.queue(regionCode ?? viewer.regionCode, status, first, after);
    }

    @Mutation(() => DepartmentPlanItemModel, {
      name: names.complete,
      description: 'Completes a plan item with its outcome; police closes the item on the case (四(二)4).',
    })
    complete(@Args('input') input: CompletePlanItemInput, @Viewer() viewer: Identity) {
      return this.items.complete(input, viewer);
    }
  }
  return DepartmentPlanItemResolver;
}
