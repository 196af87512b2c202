import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  PLAN_ITEM_OUTCOME_DESCRIPTION,
  PLAN_ITEM_OUTCOMES,
  PLAN_SERVICES,
  type PlanItemOutcome,
} from '@qz/contracts';
import { IsIn, IsNotEmpty, Matches, MaxLength } from 'class-validator';

/**
 * The GraphQL vocabulary of plan items that police and the departments share: the services of a
 * plan, the outcomes and a completion. Police's schema takes it from here too, so that the
 * supergraph has one definition of each. Police imports it alone (`@qz/plan-items/vocabulary`):
 * the library's index brings the departments' queue types, which police's schema must not declare.
 */
/** A GraphQL enum's values from a list of codes. */
export const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const PlanItemServiceValue = asEnum(PLAN_SERVICES);
registerEnumType(PlanItemServiceValue, { name: 'PlanService', description: '四(二)4 services of a plan.' });
export const PlanItemOutcomeValue = asEnum(PLAN_ITEM_OUTCOMES);
registerEnumType(PlanItemOutcomeValue, {
  name: 'PlanItemOutcome',
  description: PLAN_ITEM_OUTCOME_DESCRIPTION,
});

// The same type in police and the three departments (each answers only its own root fields).
@ObjectType('DepartmentPlanItemCompletion')
@Directive('@shareable')
export class PlanItemCompletionModel {
  @Field() completedOn: string;
  @Field(() => PlanItemOutcomeValue) outcome: string;
  @Field() note: string;
  @Field() completedBy: string;
  @Field() onTime: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A completion as staff enter it (police extends it with the case for the township's own items). */
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
