import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  CareAssessmentValue,
  CarePlacementTypeValue,
  PlacementFollowUpKindValue,
  PlacementGroundValue,
} from './placement.inputs';

@ObjectType('PlacementFollowUp', {
  description: 'A visit to a placed child or an adoptive family’s follow-up assessment (四(一)4).',
})
export class PlacementFollowUpModel {
  @Field(() => ID) id: string;
  @Field(() => PlacementFollowUpKindValue) kind: string;
  @Field() on: string;
  @Field() by: string;
  @Field() findings: string;
  @Field(() => CareAssessmentValue) careAssessment: string;
}

@ObjectType('CarePlacement', {
  description: 'Civil affairs’ decision on where a child without parental care is raised (四(一)2).',
})
export class CarePlacementModel {
  @Field(() => ID) id: string;
  @Field(() => CarePlacementTypeValue) type: string;
  @Field(() => [PlacementGroundValue], { description: 'What the ledger showed when it was decided.' })
  grounds: string[];
  @Field() decidedBy: string;
  @Field() decidedOn: string;
  @Field() startDate: string;
  @Field() carerName: string;
  @Field(() => String, { nullable: true }) carerRelationship: string | null;
  @Field() reason: string;
  @Field(() => String, { nullable: true, description: 'The last day it was in force; null while it is.' })
  endedOn: string | null;
  @Field(() => String, { nullable: true }) endedReason: string | null;
  @Field(() => [PlacementFollowUpModel], { description: 'Oldest first.' })
  followUps: PlacementFollowUpModel[];
}
