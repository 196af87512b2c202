import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { CARE_ASSESSMENTS, FOLLOW_UP_KINDS, PLACEMENT_GROUNDS, PLACEMENT_TYPES } from './placement.rules';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = (field: string) => ({ message: `${field} must be written YYYY-MM-DD` });
const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const CarePlacementTypeValue = asEnum(PLACEMENT_TYPES);
registerEnumType(CarePlacementTypeValue, {
  name: 'CarePlacementType',
  description:
    '四(一)2: KINSHIP_CARE 亲属抚养, INSTITUTION 机构养育, FOSTER_FAMILY 家庭寄养, ADOPTION 依法收养.',
});
export const PlacementGroundValue = asEnum(PLACEMENT_GROUNDS);
registerEnumType(PlacementGroundValue, {
  name: 'PlacementGround',
  description:
    'Why the ledger let civil affairs place the child (四(一)2): ORPHAN, ABANDONED_INFANT, NO_CAPABLE_GUARDIAN ' +
    '(parents cannot act, no other guardian), STATE_GUARDIAN_BY_COURT, RESCUED_PARENTS_NOT_FOUND.',
});
export const PlacementFollowUpKindValue = asEnum(FOLLOW_UP_KINDS);
registerEnumType(PlacementFollowUpKindValue, {
  name: 'PlacementFollowUpKind',
  description: 'VISIT to the placed child; ADOPTION_ASSESSMENT of the adoptive family’s care (四(一)4).',
});
export const CareAssessmentValue = asEnum(CARE_ASSESSMENTS);
registerEnumType(CareAssessmentValue, { name: 'CareAssessment' });

@InputType()
export class DecideCarePlacementInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) childId: string;
  @Field(() => CarePlacementTypeValue) @IsIn(PLACEMENT_TYPES) type: string;
  @Field({ description: 'The deciding body, e.g. 钦南区民政局.' })
  @IsNotEmpty()
  @MaxLength(100)
  decidedBy: string;
  @Field() @Matches(DATE, dateMessage('decidedOn')) decidedOn: string;
  @Field({ description: 'The first day the child is in the carer’s care.' })
  @Matches(DATE, dateMessage('startDate'))
  startDate: string;
  @Field({ description: 'The relative, institution, foster family or adoptive parents.' })
  @IsNotEmpty()
  @MaxLength(100)
  carerName: string;
  @Field({ nullable: true, description: 'A relative’s relationship to the child (e.g. 祖母).' })
  @IsOptional()
  @MaxLength(20)
  carerRelationship?: string;
  @Field({ description: 'Why this placement serves the child (有利于健康成长).' })
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

@InputType()
export class EndCarePlacementInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) childId: string;
  @Field(() => ID, { description: 'The placement in force (Child.placement.id).' })
  @IsNotEmpty()
  @MaxLength(64)
  placementId: string;
  @Field({ description: 'Why it ends (parents found, the child came of age, adoption dissolved).' })
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
  @Field({ description: 'The last day the placement was in force.' })
  @Matches(DATE, dateMessage('endedOn'))
  endedOn: string;
}

@InputType()
export class RecordPlacementFollowUpInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) childId: string;
  @Field(() => PlacementFollowUpKindValue) @IsIn(FOLLOW_UP_KINDS) kind: string;
  @Field() @Matches(DATE, dateMessage('on')) on: string;
  @Field({ description: 'Who visited or assessed (social worker, welfare institution, township).' })
  @IsNotEmpty()
  @MaxLength(100)
  by: string;
  @Field() @IsNotEmpty() @MaxLength(2000) findings: string;
  @Field(() => CareAssessmentValue, { description: 'The carer’s raising and care of the child.' })
  @IsIn(CARE_ASSESSMENTS)
  careAssessment: string;
}
