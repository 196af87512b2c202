import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RegionReference } from '@qz/child-replica';
import { regionCovers, type Identity } from '@qz/identity';
import { outOfRegion, Viewer } from '@qz/platform';
import { AssistanceIndicatorsModel } from './indicators.model';
import { IndicatorsService } from './indicators.service';

@Resolver(() => RegionReference)
export class IndicatorsResolver {
  constructor(private readonly indicators: IndicatorsService) {}

  @ResolveField(() => AssistanceIndicatorsModel, {
    description:
      'Assistance’s indicators (五(一) 考核) for the region and below, from..to (YYYY-MM-DD, at most 366 days).',
  })
  assistanceIndicators(
    @Parent() region: RegionReference,
    @Args('from') from: string,
    @Args('to') to: string,
    @Viewer() viewer: Identity,
  ) {
    // Field resolvers are not region-checked by the interceptor: the region is checked here.
    if (!regionCovers(viewer.regionCode, region.code)) throw outOfRegion(`Region ${region.code}`);
    return this.indicators.forRegion(region.code, from, to);
  }
}
