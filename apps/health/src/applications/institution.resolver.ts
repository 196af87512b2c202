import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InstitutionModel } from './application.model';

/**
 * Designated institutions are a public list, not records of a region: a family of one county may
 * use the city's centre. Their region is kept off the returned objects' `regionCode` (which the
 * platform's region check of answers reads as a record's region) and shown from `locatedIn`.
 */
@Resolver(() => InstitutionModel)
export class InstitutionRegionResolver {
  @ResolveField(() => String, { name: 'regionCode' })
  regionCode(@Parent() i: InstitutionModel): string {
    return i.locatedIn;
  }
}
