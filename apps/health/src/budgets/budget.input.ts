import { FenScalar } from '@qz/platform';
import { Field, InputType, Int } from '@nestjs/graphql';
import { Allow, IsIn, IsInt, IsNotEmpty, Matches, Max, MaxLength, Min } from 'class-validator';
import { BudgetProgrammeValue } from './budget.model';
import { BUDGET_PROGRAMMES, type BudgetProgramme } from './budget.rules';

@InputType()
export class SetHealthBudgetInput {
  @Field({ description: 'County-level division code (4507xx)' })
  @MaxLength(6)
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit county-level division code' })
  regionCode: string;

  @Field(() => BudgetProgrammeValue)
  @IsIn(BUDGET_PROGRAMMES)
  programme: BudgetProgramme;

  @Field(() => Int)
  @IsInt()
  @Min(2017)
  @Max(2100)
  year: number;

  @Field(() => FenScalar)
  @Allow()
  limitFen: number;

  @Field({ description: 'The budget document behind the figure' })
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}
