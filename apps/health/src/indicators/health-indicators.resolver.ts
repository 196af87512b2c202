import { indicatorPeriod } from '@qz/kernel';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RegionReference } from '@qz/child-replica';
import { regionCovers, type Identity } from '@qz/identity';
import { outOfRegion, Viewer } from '@qz/platform';
import { SubmissionService } from '../applications/submission.service';
import { BudgetService } from '../budgets/budget.service';
import { HealthIndicatorsModel } from './health-indicators.model';
import { healthIndicators } from './health-indicators.rules';

/** The health and DPF indicators on the registry's Region. */
@Resolver(() => RegionReference)
export class HealthIndicatorsResolver {
  constructor(
    private readonly applications: SubmissionService,
    private readonly budgets: BudgetService,
  ) {}

  @ResolveField(() => HealthIndicatorsModel, {
    nullable: true,
    description:
      'Subsidies applied, approved, paid (count and fen) and budget used per programme, for the region and below in a period (LocalDates, at most 366 days).',
  })
  async healthIndicators(
    @Parent() region: RegionReference,
    @Args('from') from: string,
    @Args('to') to: string,
    @Viewer() viewer: Identity,
  ): Promise<HealthIndicatorsModel> {
    // Field resolvers are not region-checked by the platform: the region must be the asker's.
    if (!regionCovers(viewer.regionCode, region.code)) throw outOfRegion(`Region ${region.code}`);
    const period = indicatorPeriod(from, to);
    const programmes = healthIndicators(
      region.code,
      period,
      await this.applications.ofRegion(region.code),
      await this.budgets.findAllBudgets(),
    );
    return { regionCode: region.code, ...period, programmes };
  }
}
