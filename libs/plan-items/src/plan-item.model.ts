import { Directive, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlanItemCompletionModel, PlanItemServiceValue, asEnum } from './plan-item.vocabulary';
import { PLAN_ITEM_STATUSES } from './plan-item.schema';

export const PlanItemStatusValue = asEnum(PLAN_ITEM_STATUSES);
registerEnumType(PlanItemStatusValue, { name: 'PlanItemStatus' });

@ObjectType('DepartmentPlanItem', {
  description: 'An item of a township assessment’s plan (四(二)4) that police assigned to this department.',
})
@Directive('@shareable')
export class DepartmentPlanItemModel {
  @Field(() => ID, { description: 'Police’s plan item id.' }) id: string;
  @Field(() => ID, { description: 'The police protection case.' }) caseId: string;
  @Field(() => ID, { nullable: true }) childId: string | null;
  @Field() regionCode: string;
  @Field(() => PlanItemServiceValue) service: string;
  @Field() description: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, as the township set it.' }) dueOn:
    string | null;
  @Field() assignedOn: string;
  @Field(() => PlanItemStatusValue) status: string;
  @Field({ description: 'Open past its due date.' }) overdue: boolean;
  @Field(() => PlanItemCompletionModel, { nullable: true }) completion: PlanItemCompletionModel | null;
}

@ObjectType('DepartmentPlanItemPage')
@Directive('@shareable')
export class DepartmentPlanItemPageModel {
  @Field(() => [DepartmentPlanItemModel]) items: DepartmentPlanItemModel[];
  @Field(() => Int, { description: 'Items of the region with this status in all.' }) totalCount: number;
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true, description: 'The cursor to pass as `after` for the next page.' })
  endCursor: string | null;
}
