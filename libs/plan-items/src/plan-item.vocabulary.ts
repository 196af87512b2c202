import { Directive, Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PLAN_ITEM_OUTCOME_DESCRIPTION, PLAN_ITEM_OUTCOMES, PLAN_SERVICES } from '@qz/contracts';

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
