import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsNotEmpty, Max, MaxLength, Min } from 'class-validator';
import { DISABILITY_TYPES, type DisabilityType } from '../policy/policy.rules';
import { DisabilityTypeValue } from './premium-subsidy.model';

@InputType('RecordDisabilityCertificateInput')
export class RecordDisabilityInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  childId: string;

  @Field(() => DisabilityTypeValue)
  @IsIn(DISABILITY_TYPES)
  type: DisabilityType;

  @Field(() => Int, { description: 'Grade on the certificate, 1 (most severe) to 4' })
  @IsInt()
  @Min(1)
  @Max(4)
  grade: number;

  @Field({ description: 'Date on the certificate, YYYY-MM-DD' })
  @MaxLength(10)
  certifiedOn: string;
}
