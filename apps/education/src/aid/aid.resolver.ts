import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DecideEducationAidInput } from './aid.inputs';
import { AidProposalModel } from './aid.model';
import type { Identity } from '@qz/identity';
import { Viewer } from '@qz/platform';
import { AidService, toProposalModel } from './aid.service';
import { AID_STATUSES, type AidStatus } from './aid.schema';

@Resolver(() => AidProposalModel)
export class AidResolver {
  constructor(private readonly aid: AidService) {}

  @Query(() => [AidProposalModel], {
    description: 'Education aid proposals of the children of a region (and below), by status if given.',
  })
  async educationAidProposals(
    @Args('regionCode') regionCode: string,
    @Args('status', { type: () => String, nullable: true }) status?: string | null,
  ) {
    const s = status && (AID_STATUSES as readonly string[]).includes(status) ? (status as AidStatus) : null;
    return (await this.aid.inRegion(regionCode, s)).map(toProposalModel);
  }

  @ResolveField(() => [String], {
    description:
      'The registry categories that make the child eligible (sensitive ones only for the roles that need them).',
  })
  basis(@Parent() p: AidProposalModel) {
    return p.basis;
  }

  @Mutation(() => AidProposalModel, { description: 'The bureau confirms a proposed education aid.' })
  confirmEducationAid(@Args('input') input: DecideEducationAidInput, @Viewer() viewer: Identity) {
    return this.aid.decide(input, 'CONFIRMED', viewer);
  }

  @Mutation(() => AidProposalModel, {
    description: 'The bureau rejects a proposed education aid, saying why.',
  })
  rejectEducationAid(@Args('input') input: DecideEducationAidInput, @Viewer() viewer: Identity) {
    return this.aid.decide(input, 'REJECTED', viewer);
  }
}
