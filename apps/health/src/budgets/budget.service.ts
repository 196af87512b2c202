import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@qz/contracts';
import type { Clock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { nonNegativeFen } from '../common/checks';
import { HealthErrors } from '../common/health.errors';
import { regionCovers } from '@qz/identity';
import { CITY_CODE, isQinzhouArea, isQinzhouRegion } from '../common/region';
import { BudgetRepository, type Budget } from './budget.repository';
import { budgetId, type BudgetProgramme } from './budget.rules';
import type { SetHealthBudgetInput } from './budget.input';

export type { Budget };

@Injectable()
export class BudgetService {
  constructor(
    readonly budgets: BudgetRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async set(input: SetHealthBudgetInput, actor: Actor): Promise<Budget> {
    if (!isQinzhouRegion(input.regionCode) || input.regionCode === CITY_CODE) {
      throw HealthErrors.unknownRegion(input.regionCode);
    }
    nonNegativeFen(input.limitFen, 'input.limitFen');
    const id = budgetId(input.regionCode, input.programme, input.year);
    const ok = await this.budgets.setLimit(
      { _id: id, regionCode: input.regionCode, programme: input.programme, year: input.year },
      { limitFen: input.limitFen, reason: input.reason.trim(), setBy: actor.id, setAt: this.clock.now() },
    );
    if (!ok) {
      const used = (await this.budgets.findById(id))?.usedFen ?? 0;
      throw HealthErrors.budgetBelowUsed(input.limitFen, used);
    }
    return (await this.budgets.findById(id)) as Budget;
  }

  /**
   * Budgets in a region's subtree: a county's, or every county's for Qinzhou (450700), optionally of
   * one year. Budgets are kept per county, so a township or a village holds none.
   */
  async usage(regionCode: string, year?: number | null): Promise<Budget[]> {
    if (!isQinzhouArea(regionCode)) throw HealthErrors.unknownArea(regionCode);
    const all = await this.budgets.findAllBudgets();
    return all
      .filter((b) => regionCovers(regionCode, b.regionCode) && (year == null || b.year === year))
      .sort(
        (a, b) =>
          a.regionCode.localeCompare(b.regionCode) ||
          a.programme.localeCompare(b.programme) ||
          a.year - b.year,
      );
  }

  find(countyCode: string, programme: BudgetProgramme, year: number) {
    return this.budgets.findById(budgetId(countyCode, programme, year));
  }

  findAllBudgets() {
    return this.budgets.findAllBudgets();
  }
}
