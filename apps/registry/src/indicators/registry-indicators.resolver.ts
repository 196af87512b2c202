import { indicatorPeriod } from '@qz/kernel';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { regionCovers, suppressSmallCells, type Identity } from '@qz/identity';
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
    const values = await this.indicators.of(region.code, period);
    // A count of children in a sensitive category over a small area names them (docs/access.md).
    return {
      ...period,
      ...values,
      childrenByCategory: suppressSmallCells(values.childrenByCategory, region.level),
    };
  }
}
