import { FenScalar } from '@qz/platform';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BUDGET_PROGRAMMES, type BudgetProgramme } from './budget.rules';

export const BudgetProgrammeValue = Object.fromEntries(BUDGET_PROGRAMMES.map((p) => [p, p])) as {
  [K in BudgetProgramme]: K;
};
registerEnumType(BudgetProgrammeValue, {
  name: 'HealthProgramme',
  description:
    'MEDICAL_ASSISTANCE; REHAB: rehabilitation assistance 0–6; TOMORROW_PLAN: 明天计划 surgery for scattered orphans.',
});

@ObjectType('HealthBudgetLimitChange')
export class LimitChangeModel {
  @Field(() => FenScalar)
  limitFen: number;

  @Field()
  reason: string;

  @Field()
  setBy: string;

  @Field()
  setAt: Date;
}

@ObjectType('HealthBudget', {
  description: 'A programme’s budget in one county for one year, and how much is used.',
})
export class BudgetModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'County-level division code.' })
  regionCode: string;

  @Field(() => BudgetProgrammeValue)
  programme: BudgetProgramme;

  @Field(() => Int)
  year: number;

  @Field(() => FenScalar)
  limitFen: number;

  @Field(() => FenScalar, { description: 'Reserved by approvals.' })
  usedFen: number;

  @Field(() => FenScalar, { description: 'Paid out.' })
  disbursedFen: number;

  @Field(() => FenScalar)
  remainingFen: number;

  @Field(() => Int, { description: 'Used share in basis points (10000 = all of it).' })
  usedBp: number;

  @Field(() => Int, { description: 'Approvals that reserved from it.' })
  approvals: number;

  @Field(() => [LimitChangeModel])
  limitHistory: LimitChangeModel[];
}
