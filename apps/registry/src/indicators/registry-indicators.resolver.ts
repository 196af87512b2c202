import { indicatorPeriod } from '@qz/kernel';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { regionCovers, type Identity } from '@qz/identity';
import { outOfRegion, Viewer } from '@qz/platform';
import { RegionModel } from '../regions/region.model';
import { RegistryIndicators } from './registry-indicators.model';

import { RegistryIndicatorsService } from './registry-indicators.service';

@Resolver(() => RegionModel)
export class RegistryIndicatorsResolver {
  constructor(private readonly indicators: RegistryIndicatorsService) {}

  @ResolveField(() => RegistryIndicators, {
    nullable: true,
    description:
      'The registry’s indicators for this region’s subtree and a period (from..to, YYYY-MM-DD, at most 366 days).',
  })
  async registryIndicators(
    @Parent() region: RegionModel,
    @Args('from') from: string,
    @Args('to') to: string,
    @Viewer() viewer: Identity,
  ): Promise<RegistryIndicators> {
    // Field resolvers are not region-checked by the access interceptor: this one checks itself.
    if (!regionCovers(viewer.regionCode, region.code)) throw outOfRegion(`Region ${region.code}`);
    const period = indicatorPeriod(from, to);
    return { ...period, ...(await this.indicators.of(region.code, period)) };
  }
}
