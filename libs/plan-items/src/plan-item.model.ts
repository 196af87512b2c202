import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  PLAN_ITEM_OUTCOME_DESCRIPTION,
  PLAN_ITEM_OUTCOMES,
  PLAN_SERVICES,
  type PlanItemOutcome,
} from '@qz/contracts';
import { IsIn, IsNotEmpty, Matches, MaxLength } from 'class-validator';
import { PLAN_ITEM_STATUSES } from './plan-item.schema';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

// PlanService is police's enum too (the same values): the supergraph merges them.
export const PlanItemServiceValue = asEnum(PLAN_SERVICES);
registerEnumType(PlanItemServiceValue, { name: 'PlanService', description: '四(二)4 services of a plan.' });
export const PlanItemStatusValue = asEnum(PLAN_ITEM_STATUSES);
registerEnumType(PlanItemStatusValue, { name: 'PlanItemStatus' });
export const PlanItemOutcomeValue = asEnum(PLAN_ITEM_OUTCOMES);
registerEnumType(PlanItemOutcomeValue, {
  name: 'PlanItemOutcome',
  description: PLAN_ITEM_OUTCOME_DESCRIPTION,
});

// The same types in education, health and assistance (each answers only its own root fields).
@ObjectType('DepartmentPlanItemCompletion')
@Directive('@shareable')
export class PlanItemCompletionModel {
  @Field() completedOn: string;
  @Field(() => PlanItemOutcomeValue) outcome: string;
  @Field() note: string;
  @Field() completedBy: string;
  @Field() onTime: boolean;
}

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

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class CompletePlanItemInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) itemId: string;
  @Field(() => PlanItemOutcomeValue) @IsIn(PLAN_ITEM_OUTCOMES) outcome: PlanItemOutcome;
  @Field({ description: 'What was done (or why not).' }) @IsNotEmpty() @MaxLength(2000) note: string;
  @Field() @Matches(DATE, { message: 'completedOn must be written YYYY-MM-DD' }) completedOn: string;
  @Field({ description: 'Who delivered it: a name and unit.' })
  @IsNotEmpty()
  @MaxLength(100)
  completedBy: string;
}
