import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AppliedStandardModel, PolicyStandardModel } from './policy.model';

/**
 * The region a standard applies in is a parameter of the policy, not the region of a record about
 * a child: a county officer works with the city-wide (450700) standards. It is therefore kept off
 * the returned objects' `regionCode` property (which the platform's region check of answers reads
 * as "a record of that region") and shown as the GraphQL field `regionCode` from `appliesIn`.
 */
const regionOf = (s: { appliesIn?: string; regionCode?: string }): string =>
  (s.appliesIn ?? s.regionCode) as string;

@Resolver(() => PolicyStandardModel)
export class PolicyStandardRegionResolver {
  @ResolveField(() => String, {
    name: 'regionCode',
    description: '450700 for all of Qinzhou, or a county-level code.',
  })
  regionCode(@Parent() s: PolicyStandardModel): string {
    return regionOf(s);
  }
}

@Resolver(() => AppliedStandardModel)
export class AppliedStandardRegionResolver {
  /** Premium decisions keep the stored copy (`regionCode`), applications the graph's (`appliesIn`). */
  @ResolveField(() => String, { name: 'regionCode' })
  regionCode(@Parent() s: AppliedStandardModel): string {
    return regionOf(s);
  }
}
