import { indicatorPeriod } from '@qz/kernel';
import { Inject } from '@nestjs/common';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RegionReference } from '@qz/child-replica';
import type { Identity } from '@qz/identity';
import { localDateInChina, type Clock } from '@qz/kernel';
import { CLOCK, Viewer } from '@qz/platform';
import { requireInRegion } from '../access/region-check';
import { DropoutService } from '../dropout/dropout.service';
import { EducationIndicatorsModel } from './education-indicators.model';
import { educationIndicators } from './education-indicators.rules';

/** Education's indicators on the registry's Region. */
@Resolver(() => RegionReference)
export class EducationIndicatorsResolver {
  constructor(
    private readonly cases: DropoutService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ResolveField(() => EducationIndicatorsModel, {
    nullable: true,
    description:
      'Dropout cases of the region and below in a period (LocalDates, at most 366 days): open, opened, returned and the mean days to return, overdue reports, escalations.',
  })
  async educationIndicators(
    @Parent() region: RegionReference,
    @Args('from') from: string,
    @Args('to') to: string,
    @Viewer() viewer: Identity,
  ): Promise<EducationIndicatorsModel> {
    requireInRegion(viewer, region.code, `Region ${region.code}`);
    const period = indicatorPeriod(from, to);
    const cases = await this.cases.inRegion(region.code);
    return {
      regionCode: region.code,
      ...period,
      ...educationIndicators(cases, period, localDateInChina(this.clock.now())),
    };
  }
}
