import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { IsLocalDateString, IsPersonName, IsText } from '../common/input-rules';
import type { ContactMethod } from './student.schema';

export const CONTACT_METHODS = ['PHONE', 'HOME_VISIT', 'MEETING_AT_SCHOOL', 'MESSAGE'] as const;
export const ContactMethodValue = Object.fromEntries(CONTACT_METHODS.map((m) => [m, m])) as {
  [K in ContactMethod]: K;
};
registerEnumType(ContactMethodValue, { name: 'AbsenceRiskContactMethod' });

@InputType()
export class EnrolStudentInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  childId: string;

  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  schoolId: string;

  @Field(() => Int, { description: 'Year of schooling at the school’s level (1 = first year).' })
  @IsInt()
  @Min(1)
  @Max(12)
  grade: number;

  @Field({ description: 'Lives at the school (寄宿生).' })
  @IsBoolean()
  boarding: boolean;

  @Field({ description: 'YYYY-MM-DD' })
  @IsLocalDateString()
  enrolledOn: string;
}

@InputType()
export class RecordAbsenceInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  childId: string;

  @Field({ description: 'The school day missed, YYYY-MM-DD.' })
  @IsLocalDateString()
  date: string;

  @Field({ description: 'Leave was asked for and granted (sick leave, family matters).' })
  @IsBoolean()
  excused: boolean;

  @Field()
  @IsText(500)
  reason: string;

  @Field({ description: 'Who records it (e.g. 班主任 李老师).' })
  @IsPersonName()
  by: string;
}

/** A step on a child's absence risk: which child, which risk, on what day. */
@InputType({ isAbstract: true })
class AbsenceRiskStepInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  childId: string;

  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  riskId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsLocalDateString()
  on: string;
}

@InputType()
export class LogAbsenceRiskContactInput extends AbsenceRiskStepInput {
  @Field({ description: 'Who at the school made the contact.' })
  @IsPersonName()
  by: string;

  @Field({ description: 'Whom the school contacted (e.g. 母亲 黄某, 祖父).' })
  @IsPersonName()
  contactedPerson: string;

  @Field(() => ContactMethodValue)
  @IsIn(CONTACT_METHODS)
  method: ContactMethod;

  @Field({ description: 'The person was reached.' })
  @IsBoolean()
  reached: boolean;

  @Field({
    defaultValue: false,
    description:
      'A sign that nobody acts as the child’s guardian (监护缺失); a mandatory report for a left-behind child or a child in difficulty.',
  })
  @IsOptional()
  @IsBoolean()
  guardianshipConcern: boolean;

  @Field()
  @IsText(1000)
  notes: string;
}

@InputType()
export class CloseAbsenceRiskInput extends AbsenceRiskStepInput {
  @Field({ description: 'Why the risk is over (e.g. attends regularly again).' })
  @IsText(500)
  why: string;

  @Field()
  @IsPersonName()
  by: string;
}
