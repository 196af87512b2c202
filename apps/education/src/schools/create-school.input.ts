import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsNotEmpty, Matches, MaxLength } from 'class-validator';
import { REGION_CODE_PATTERN } from '@qz/kernel';
import { SchoolLevelValue } from './school.model';
import { SCHOOL_LEVELS, type SchoolLevel } from './school.schema';

@InputType()
export class CreateSchoolInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @Field({ description: 'Division code of where the school is (county, township or village).' })
  @MaxLength(12)
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 6-, 9- or 12-digit division code' })
  regionCode: string;

  @Field(() => SchoolLevelValue)
  @IsIn(SCHOOL_LEVELS)
  level: SchoolLevel;
}
