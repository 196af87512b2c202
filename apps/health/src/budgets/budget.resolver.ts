import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Identity } from '@qz/identity';
import { actorOf, Viewer } from '@qz/platform';
import { SetHealthBudgetInput } from './budget.input';
import { BudgetModel } from './budget.model';
import { BudgetService, type Budget } from './budget.service';

export const toBudgetModel = (b: Budget): BudgetModel => ({
  id: b.id,
  regionCode: b.regionCode,
  programme: b.programme,
  year: b.year,
  limitFen: b.limitFen,
  usedFen: b.usedFen,
  disbursedFen: b.disbursedFen,
  remainingFen: b.limitFen - b.usedFen,
  usedBp: b.limitFen > 0 ? Math.floor((b.usedFen * 10_000) / b.limitFen) : 0,
  approvals: Object.keys(b.reservations ?? {}).length,
  limitHistory: b.limitHistory ?? [],
});

@Resolver(() => BudgetModel)
export class BudgetResolver {
  constructor(private readonly budgets: BudgetService) {}

  @Query(() => [BudgetModel], {
    description:
      'Budget usage of the counties in a region (every county for 450700), optionally for one year.',
  })
  async healthBudgets(
    @Args('regionCode') regionCode: string,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
  ): Promise<BudgetModel[]> {
    return (await this.budgets.usage(regionCode, year)).map(toBudgetModel);
  }

  @Mutation(() => BudgetModel, {
    description:
      'Sets the budget of a programme in a county for a year; never below what approvals reserved.',
  })
  async setHealthBudget(
    @Args('input') input: SetHealthBudgetInput,
    @Viewer() viewer: Identity,
  ): Promise<BudgetModel> {
    return toBudgetModel(await this.budgets.set(input, actorOf(viewer)));
  }
}
