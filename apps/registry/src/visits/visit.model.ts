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
}
