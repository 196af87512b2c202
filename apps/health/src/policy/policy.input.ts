import { FenScalar } from '@qz/platform';
import { Field, InputType, Int } from '@nestjs/graphql';
import { Allow, IsIn, IsInt, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { StandardKindValue } from './policy.model';
import { STANDARD_KINDS, type StandardKind } from './policy.rules';

@InputType('SetHealthPolicyStandardInput')
export class SetPolicyStandardInput {
  @Field(() => StandardKindValue)
  @IsIn(STANDARD_KINDS)
  kind: StandardKind;

  @Field()
  @IsNotEmpty()
  @MaxLength(40)
  subject: string;

  @Field({ description: '450700 (all of Qinzhou) or a county-level code' })
  @MaxLength(6)
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit division code' })
  regionCode: string;

  @Field({ description: 'First day it applies, YYYY-MM-DD' })
  @MaxLength(10)
  effectiveFrom: string;

  @Field(() => String, { nullable: true, description: 'Last day it applies; open when left out' })
  @IsOptional()
  @MaxLength(10)
  effectiveTo?: string | null;

  @Field(() => FenScalar, { nullable: true })
  @IsOptional()
  @Allow()
  amountFen?: number | null;

  @Field(() => Int, { nullable: true, description: 'Basis points: 10000 = 100%' })
  @IsOptional()
  @IsInt()
  ratioBp?: number | null;

  @Field(() => FenScalar, { nullable: true })
  @IsOptional()
  @Allow()
  capFen?: number | null;

  @Field({ description: 'The document or decision behind the change; kept in the audit trail' })
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}
