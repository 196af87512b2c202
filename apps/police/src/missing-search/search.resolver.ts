import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Identity } from '@qz/identity';
import type { Clock } from '@qz/kernel';
import { actorOf, CLOCK, outOfRegion, Viewer } from '@qz/platform';
import { regionCovers } from '@qz/identity';
import type { ProtectionCase as StoredCase } from '../cases/case.service';
import { CaseScope } from '../cases/case-scope';
import { ProtectionCase } from '../cases/case.model';
import {
  EndMissingChildSearchInput,
  ReviewMissingChildSearchInput,
  StartMissingChildSearchInput,
} from './search.inputs';
import { MissingChildSearch } from './search.model';
import { isSearchOverdue, nextReviewDueAt } from './search.rules';
import { MissingSearchService } from './search.service';

@Resolver(() => ProtectionCase)
export class MissingSearchResolver {
  constructor(
    private readonly searches: MissingSearchService,
    private readonly scope: CaseScope,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ResolveField(() => MissingChildSearch, {
    nullable: true,
    description: '四(二)3: the fast search for the missing child, when one started.',
  })
  missingChildSearch(@Parent() c: StoredCase) {
    const s = c.search;
    if (!s) return null;
    return {
      ...s,
      nextReviewDueAt: s.end ? null : nextReviewDueAt(s),
      reviewOverdue: isSearchOverdue(s, this.clock.now()),
    };
  }

  @Query(() => [ProtectionCase], {
    description:
      'Open searches for missing children in the region’s subtree: those past their review time first, then the oldest.',
  })
  async openMissingChildSearches(@Args('regionCode') regionCode: string, @Viewer() viewer: Identity) {
    if (!regionCovers(viewer.regionCode, regionCode)) throw outOfRegion(`Region ${regionCode}`);
    return this.searches.openIn(regionCode, viewer);
  }

  @Mutation(() => ProtectionCase, {
    description:
      'Starts the fast search for a missing child (四(二)3), telling areas and units; no dispatch needed first.',
  })
  async startMissingChildSearch(
    @Args('input') input: StartMissingChildSearchInput,
    @Viewer() viewer: Identity,
  ) {
    await this.scope.get(input.caseId, viewer);
    return this.searches.start(input, actorOf(viewer));
  }

  @Mutation(() => ProtectionCase, {
    description: 'Reviews the open search: what was done, and further areas and units told.',
  })
  async reviewMissingChildSearch(
    @Args('input') input: ReviewMissingChildSearchInput,
    @Viewer() viewer: Identity,
  ) {
    await this.scope.get(input.caseId, viewer);
    return this.searches.review(input, actorOf(viewer));
  }

  @Mutation(() => ProtectionCase, {
    description: 'Records how the search ended: where and how the child was found.',
  })
  async endMissingChildSearch(@Args('input') input: EndMissingChildSearchInput, @Viewer() viewer: Identity) {
    await this.scope.get(input.caseId, viewer);
    return this.searches.end(input, actorOf(viewer));
  }
}
