import { FenScalar } from '@qz/platform';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { BudgetProgrammeValue } from '../budgets/budget.model';
import type { BudgetProgramme } from '../budgets/budget.rules';

@ObjectType('HealthCountAndFen')
export class CountAndFenModel {
  @Field(() => Int)
  count: number;

  @Field(() => FenScalar)
  fen: number;
}

@ObjectType('HealthProgrammeIndicators', {
  description: 'One programme’s figures for the region and period.',
})
export class ProgrammeIndicatorsModel {
  @Field(() => BudgetProgrammeValue)
  programme: BudgetProgramme;

  @Field(() => CountAndFenModel, {
    description: 'Submitted in the period; fen: amounts computed at submission.',
  })
  applied: CountAndFenModel;

  @Field(() => CountAndFenModel, { description: 'Approved in the period; fen: amounts reserved.' })
  approved: CountAndFenModel;

  @Field(() => CountAndFenModel, { description: 'Paid in the period; fen: amounts paid.' })
  paid: CountAndFenModel;

  @Field(() => Int, { description: 'Refused in the period.' })
  refused: number;

  @Field(() => FenScalar, {
    description: 'Budgets of the counties in the region, for the years of the period.',
  })
  budgetLimitFen: number;

  @Field(() => FenScalar, { description: 'Reserved by approvals from those budgets.' })
  budgetUsedFen: number;

  @Field(() => FenScalar, { description: 'Paid out of those budgets.' })
  budgetDisbursedFen: number;

  @Field(() => Int, { description: 'Used share in basis points (10000 = all of it).' })
  budgetUsedBp: number;
}

@ObjectType('HealthIndicators', {
  description:
    'Health and DPF part of the indicators (五(一) 考核): subsidies applied, approved, paid, budget used.',
})
export class HealthIndicatorsModel {
  @Field()
  regionCode: string;

  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => [ProgrammeIndicatorsModel])
  programmes: ProgrammeIndicatorsModel[];
}
