import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  AssessmentLevelValue,
  PlanDepartmentValue,
  PlanItemOutcomeValue,
  PlanServiceValue,
} from './assessment.inputs';

@ObjectType({ description: 'The department’s report that it completed the item (四(二)4).' })
export class PlanItemCompletion {
  @Field() completedOn: string;
  @Field(() => PlanItemOutcomeValue) outcome: string;
  @Field() note: string;
  @Field() completedBy: string;
  @Field() onTime: boolean;
}

@ObjectType()
export class PlanItem {
  @Field(() => ID) id: string;
  @Field(() => PlanServiceValue) service: string;
  @Field(() => PlanDepartmentValue) department: string;
  @Field() description: string;
  @Field(() => String, { nullable: true }) dueOn: string | null;
  @Field({ description: 'Sent to the department’s service as an event (assistance, health, education).' })
  sentAsEvent: boolean;
  @Field(() => PlanItemCompletion, {
    nullable: true,
    description:
      'Set when the department reports the item completed; null while open (or kept by the township).',
  })
  completion: PlanItemCompletion | null;
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
}
