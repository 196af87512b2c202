import type { Type } from '@nestjs/common';
import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { LOCAL_DATE_MESSAGE, LOCAL_DATE_PATTERN } from './inputs';

/** What the fields of a grant's terms say in the schema, told by each input that has them. */
export interface BenefitTermsDescriptions {
  endDate: string;
  monthlyAmountFen: string;
  reason: string;
}

/**
 * The terms a benefit is granted on (granted directly, or on accepting a proposal), after the
 * fields of `Base` that say what is granted: an input extends the class this returns, which holds
 * the terms' fields, their validation and their descriptions.
 */
export function WithBenefitTerms<TBase extends Type<object>>(
  Base: TBase,
  describe: BenefitTermsDescriptions,
) {
  @InputType({ isAbstract: true })
  class BenefitTerms extends Base {
    @Field({ description: 'First day paid, YYYY-MM-DD.' })
    @MaxLength(10)
    @Matches(LOCAL_DATE_PATTERN, { message: `startDate ${LOCAL_DATE_MESSAGE}` })
    startDate: string;

    @Field({ nullable: true, description: describe.endDate })
    @IsOptional()
    @MaxLength(10)
    @Matches(LOCAL_DATE_PATTERN, { message: `endDate ${LOCAL_DATE_MESSAGE}` })
    endDate?: string;

    @Field(() => Int, { nullable: true, description: describe.monthlyAmountFen })
    @IsOptional()
    @IsInt()
    monthlyAmountFen?: number;

    @Field({ description: describe.reason })
    @IsNotEmpty()
    @MaxLength(500)
    reason: string;
  }
  return BenefitTerms;
}
