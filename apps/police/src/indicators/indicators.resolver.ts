import { indicatorPeriod } from '@qz/kernel';
import { Inject } from '@nestjs/common';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RegionReference } from '@qz/child-replica';
import { regionCovers, type Identity } from '@qz/identity';
import type { Clock } from '@qz/kernel';
import { CLOCK, outOfRegion, Viewer } from '@qz/platform';
import { CaseService } from '../cases/case.service';
import { PoliceIndicators } from './indicators.model';
import { policeIndicators, type IndicatorCase } from './indicators.rules';

@Resolver(() => RegionReference)
export class PoliceIndicatorsResolver {
  constructor(
    private readonly cases: CaseService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ResolveField(() => PoliceIndicators, {
    nullable: true,
    description: 'Police indicators for this region’s subtree and the period (LocalDate, at most 366 days).',
  })
  async policeIndicators(
    @Parent() region: RegionReference,
    @Args('from') from: string,
    @Args('to') to: string,
    @Viewer() viewer: Identity,
  ): Promise<PoliceIndicators> {
    if (!regionCovers(viewer.regionCode, region.code)) throw outOfRegion(`Region ${region.code}`);
    const period = indicatorPeriod(from, to);
    const cases = (await this.cases.all()) as unknown as IndicatorCase[];
    return {
      regionCode: region.code,
      ...period,
      ...policeIndicators(cases, region.code, period, this.clock.now()),
    };
  }
}
