import { Field, InputType, Int } from '@nestjs/graphql';
import { ASSISTANCE_PROGRAMMES, type AssistanceProgramme } from '@qz/contracts';
import { IsIn, IsInt, Matches, Max, MaxLength, Min } from 'class-validator';
import { ProgrammeValue } from '../shared/graphql-enums';
import {
  LOCAL_DATE_MESSAGE,
  LOCAL_DATE_PATTERN,
  COUNTY_OR_CITY_MESSAGE,
  COUNTY_OR_CITY_PATTERN,
} from '../shared/inputs';

@InputType()
export class PublishStandardInput {
  @Field(() => ProgrammeValue)
  @IsIn(ASSISTANCE_PROGRAMMES)
  programme: AssistanceProgramme;

  @Field({ description: 'The county (or the city, for every county without its own).' })
  @MaxLength(12)
  @Matches(COUNTY_OR_CITY_PATTERN, { message: `regionCode ${COUNTY_OR_CITY_MESSAGE}` })
  regionCode: string;

  @Field({ description: 'First day it applies, YYYY-MM-DD; after every existing period.' })
  @MaxLength(10)
  @Matches(LOCAL_DATE_PATTERN, { message: `effectiveFrom ${LOCAL_DATE_MESSAGE}` })
  effectiveFrom: string;

  @Field(() => Int, { description: 'Base monthly amount in fen.' })
  @IsInt()
  monthlyAmountFen: number;

  @Field(() => Int, { description: 'Raise for children in percent (0 for orphan allowance and 特困).' })
  @IsInt()
  @Min(0)
  @Max(200)
  childUpliftPercent: number;
}
