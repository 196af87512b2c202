import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PlanItemCompletionModel } from '@qz/plan-items/vocabulary';
import { AssessmentLevelValue, PlanDepartmentValue, PlanServiceValue } from './assessment.inputs';

@ObjectType()
export class PlanItem {
  @Field(() => ID) id: string;
  @Field(() => PlanServiceValue) service: string;
  @Field(() => PlanDepartmentValue) department: string;
  @Field() description: string;
  @Field(() => String, { nullable: true }) dueOn: string | null;
  @Field({ description: 'Sent to the department’s service as an event (assistance, health, education).' })
  sentAsEvent: boolean;
  @Field(() => PlanItemCompletionModel, {
    nullable: true,
    description:
      'Set when the department reports the item completed, or the township records its own or justice’s item done; null while open.',
  })
  completion: PlanItemCompletionModel | null;
}

@ObjectType({ description: 'The township’s assessment (评估帮扶, 四(二)4) and its plan of services.' })
export class Assessment {
  @Field() assessedOn: string;
  @Field() dueOn: string;
  @Field() onTime: boolean;
  @Field(() => [String]) participants: string[];
  @Field(() => AssessmentLevelValue) safety: string;
  @Field(() => AssessmentLevelValue) guardianship: string;
  @Field(() => AssessmentLevelValue) health: string;
  @Field() findings: string;
  @Field(() => [PlanItem]) plan: PlanItem[];
  @Field(() => String, {
    nullable: true,
    description:
      'The day the last item of the plan was done, once every item is (each department’s, the township’s and justice’s); null before, and for an empty plan.',
  })
  planCompletedOn: string | null;
}
