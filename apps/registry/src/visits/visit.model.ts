import { Field, ObjectType } from '@nestjs/graphql';
import { RiskLevelValue } from '../children/child-list.inputs';
import { DangerSignValue, RiskFlagValue, VisitKindValue } from './visit.inputs';

@ObjectType()
export class Visit {
  @Field() id: string;
  @Field(() => VisitKindValue) kind: string;
  @Field() visitedOn: string;
  @Field() visitorName: string;
  @Field(() => String, { nullable: true }) supervisorId: string | null;
  @Field() findings: string;
  @Field(() => [RiskFlagValue]) riskFlags: string[];
  @Field(() => [DangerSignValue], { description: 'Danger found; each went to police as a report.' })
  dangerSigns: string[];
  @Field(() => RiskLevelValue) riskLevel: RiskLevelValue;
  @Field() recordedBy: string;
}

@ObjectType()
export class Visiting {
  @Field(() => RiskLevelValue) riskLevel: RiskLevelValue;
  @Field(() => String, { nullable: true }) lastVisitOn: string | null;
  @Field() nextVisitDue: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The township assessment (四(二)4) that set the risk level and cadence, when the latest one did.',
  })
  assessedOn: string | null;
  @Field(() => String, { nullable: true, description: 'The police case of that assessment.' })
  assessmentCaseId: string | null;
}
