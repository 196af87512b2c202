import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ASSISTANCE_PROGRAMMES, type AssistanceProgramme } from '@qz/contracts';
import { IsIn, IsInt, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { WithBenefitTerms } from '../shared/benefit-terms.input';
import { LOCAL_DATE_MESSAGE, LOCAL_DATE_PATTERN } from '../shared/inputs';
import { ProgrammeValue } from '../shared/graphql-enums';

/** The child and the programme a benefit is granted to. */
@InputType({ isAbstract: true })
class BenefitGrantee {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  childId: string;

  @Field(() => ProgrammeValue)
  @IsIn(ASSISTANCE_PROGRAMMES)
  programme: AssistanceProgramme;
}

@InputType()
export class GrantBenefitInput extends WithBenefitTerms(BenefitGrantee, {
  endDate: 'Last day paid; by default the programme’s age limit (18, 特困 16).',
  monthlyAmountFen: 'Fen a month; by default the standard in force for a child.',
  reason: 'Why: the decision, document or visit it rests on.',
}) {}

@InputType()
export class SuspendBenefitInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  benefitId: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

@InputType()
export class EndBenefitInput extends SuspendBenefitInput {
  @Field({ description: 'Last day paid, YYYY-MM-DD.' })
  @MaxLength(10)
  @Matches(LOCAL_DATE_PATTERN, { message: `endDate ${LOCAL_DATE_MESSAGE}` })
  endDate: string;
}

@InputType()
export class ChangeBenefitInput extends SuspendBenefitInput {
  @Field(() => Int, { nullable: true, description: 'New monthly amount in fen, from today.' })
  @IsOptional()
  @IsInt()
  monthlyAmountFen?: number;

  @Field({ nullable: true, description: 'New last day paid, YYYY-MM-DD.' })
  @IsOptional()
  @MaxLength(10)
  @Matches(LOCAL_DATE_PATTERN, { message: `endDate ${LOCAL_DATE_MESSAGE}` })
  endDate?: string;
}
