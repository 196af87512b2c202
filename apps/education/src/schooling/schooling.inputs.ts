import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { IsLocalDateString, IsPersonName, IsText } from '../common/input-rules';
import {
  NOTICE_METHODS,
  OUT_OF_SCHOOL_REASONS,
  PLACEMENT_TYPES,
  type NoticeMethod,
  type PlacementType,
} from './schooling.rules';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const PlacementTypeValue = enumOf(PLACEMENT_TYPES);
registerEnumType(PlacementTypeValue, {
  name: 'DisabledChildPlacementType',
  description:
    '四(三)3: 随班就读 ORDINARY_SCHOOL, 特殊教育学校 SPECIAL_SCHOOL, 送教上门 HOME_TEACHING, 远程教育 DISTANCE_EDUCATION.',
});
export const NoticeMethodValue = enumOf(NOTICE_METHODS);
registerEnumType(NoticeMethodValue, { name: 'EnrolmentDutyNoticeMethod' });
export const OutOfSchoolReasonValue = enumOf(OUT_OF_SCHOOL_REASONS);
registerEnumType(OutOfSchoolReasonValue, {
  name: 'OutOfSchoolReason',
  description: 'NEVER_ENROLLED: no enrolment at any school; DROPPED_OUT: an open dropout case (四(二)6).',
});

@InputType()
export class RecordDutyNoticeInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  childId: string;

  @Field({ description: 'The day the parents or guardian were told, YYYY-MM-DD.' })
  @IsLocalDateString()
  notifiedOn: string;

  @Field({ description: 'Whom (e.g. 父亲 韦某).' })
  @IsPersonName()
  notifiedPerson: string;

  @Field(() => NoticeMethodValue)
  @IsIn(NOTICE_METHODS)
  method: NoticeMethod;

  @Field({ description: 'Who told them, as on the paper record (e.g. 沙埠镇中心小学 李老师).' })
  @IsPersonName()
  by: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  notes?: string | null;
}

@InputType()
export class RecordPlacementInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  childId: string;

  @Field(() => PlacementTypeValue)
  @IsIn(PLACEMENT_TYPES)
  type: PlacementType;

  @Field({ description: 'YYYY-MM-DD' })
  @IsLocalDateString()
  decidedOn: string;

  @Field({ description: 'Who decided at the bureau.' })
  @IsPersonName()
  decidedBy: string;

  @Field(() => String, { nullable: true, description: 'Why this type (e.g. 重度肢体残疾，不能到校).' })
  @IsOptional()
  @MaxLength(1000)
  reason?: string | null;
}

@InputType()
export class RecordHomeTeachingVisitInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  childId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsLocalDateString()
  visitedOn: string;

  @Field({ description: 'The teacher who came.' })
  @IsPersonName()
  teacher: string;

  @Field(() => Int, { description: 'How long the lesson lasted, 1 to 600 minutes.' })
  @IsInt()
  minutes: number;

  @Field({ description: 'What was taught.' })
  @IsText(1000)
  content: string;
}
