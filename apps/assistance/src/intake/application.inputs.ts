import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { APPLICATION_DEPARTMENTS, APPLICATION_PART_KINDS } from '@qz/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LOCAL_DATE_MESSAGE, LOCAL_DATE_PATTERN } from '../shared/inputs';
import { DepartmentValue, PartKindValue } from './application.model';

@InputType()
export class ApplicationPartInput {
  @Field(() => PartKindValue)
  @IsIn(APPLICATION_PART_KINDS)
  kind: (typeof APPLICATION_PART_KINDS)[number];

  @Field({ description: 'What the applicant asks for, as the window records it.' })
  @IsNotEmpty()
  @MaxLength(500)
  request: string;
}

@InputType()
export class SubmitApplicationInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  childId: string;

  @Field({ description: 'The 9-digit code of the township whose window receives it (in the user’s region).' })
  @MaxLength(9)
  @Matches(/^\d{9}$/, { message: 'townshipCode must be a 9-digit township division code' })
  townshipCode: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(50)
  applicantName: string;

  @Field({ description: 'e.g. 祖母, 村委会, 本人' })
  @IsNotEmpty()
  @MaxLength(20)
  applicantRelation: string;

  @Field(() => [ApplicationPartInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  @Type(() => ApplicationPartInput)
  parts: ApplicationPartInput[];
}

@InputType()
export class ApplicationStepInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  applicationId: string;

  @Field({ description: 'true: passed / approved; false: returned / rejected.' })
  @IsBoolean()
  approved: boolean;

  @Field()
  @IsNotEmpty()
  @MaxLength(500)
  note: string;
}

@InputType()
export class DecideApplicationPartInput extends ApplicationStepInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(16)
  partId: string;

  @Field(() => DepartmentValue, { description: 'The deciding department; must own the part.' })
  @IsIn(APPLICATION_DEPARTMENTS)
  department: string;

  @Field({
    nullable: true,
    description: 'An approved assistance part grants a benefit from this day (default today), YYYY-MM-DD.',
  })
  @IsOptional()
  @MaxLength(10)
  @Matches(LOCAL_DATE_PATTERN, { message: `startDate ${LOCAL_DATE_MESSAGE}` })
  startDate?: string;

  @Field(() => Int, { nullable: true, description: 'Its monthly amount in fen (default: the standard).' })
  @IsOptional()
  @IsInt()
  monthlyAmountFen?: number;
}
