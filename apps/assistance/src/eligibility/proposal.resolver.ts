import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@qz/contracts';
import { CoverageGapModel, ProposalDecision, ProposalModel, ProposalStatusValue } from './proposal.model';
import { AcceptProposalInput, RejectProposalInput } from './proposal.inputs';
import { ProposalRepository } from './proposal.repository';
import type { ProposalStatus } from './proposal.schema';
import { ProposalService } from './proposal.service';

// The acting person comes from the verified gateway identity once authentication is in place.
const ACTOR: Actor = { kind: 'user', id: 'unauthenticated' };

@Resolver(() => ProposalModel)
export class ProposalResolver {
  constructor(
    private readonly service: ProposalService,
    private readonly proposals: ProposalRepository,
  ) {}

  @Query(() => [ProposalModel], { description: 'Eligibility proposals in a region and below, by status.' })
  eligibilityProposals(
    @Args('regionCode') regionCode: string,
    @Args('status', { type: () => ProposalStatusValue, nullable: true }) status?: ProposalStatus,
  ) {
    return this.proposals.findIn(regionCode, status);
  }

  @Query(() => [CoverageGapModel], {
    description: '应保尽保: children of a region who qualify today but have no benefit and no open proposal.',
  })
  coverageGaps(@Args('regionCode') regionCode: string) {
    return this.service.coverageGaps(regionCode);
  }

  @Mutation(() => ProposalDecision, { description: 'Accepts a proposal: grants the benefit.' })
  acceptProposal(@Args('input') input: AcceptProposalInput) {
    const { proposalId, ...grant } = input;
    return this.service.accept(proposalId, { ...grant, reason: grant.reason.trim() }, ACTOR);
  }

  @Mutation(() => ProposalModel, { description: 'Rejects a proposal with a reason.' })
  rejectProposal(@Args('input') input: RejectProposalInput) {
    return this.service.reject(input.proposalId, input.reason.trim(), ACTOR);
  }
}
