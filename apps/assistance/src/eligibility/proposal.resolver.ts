import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Identity } from '@qz/identity';
import { actorOf, Viewer, type AccessLedger } from '@qz/platform';
import { checkRecordRegion } from '../access/record-region';
import { CoverageGapModel, ProposalDecision, ProposalModel, ProposalStatusValue } from './proposal.model';
import { AcceptProposalInput, RejectProposalInput } from './proposal.inputs';
import type { ProposalStatus } from './proposal.schema';
import { ProposalService } from './proposal.service';

@Resolver(() => ProposalModel)
export class ProposalResolver {
  constructor(private readonly service: ProposalService) {}

  /** The proposal named by id must lie in the asker's region, before anything is written. */
  private async inRegion(viewer: Identity, proposalId: string) {
    checkRecordRegion(viewer, await this.service.findById(proposalId), `Proposal ${proposalId}`);
  }

  @Query(() => [ProposalModel], { description: 'Eligibility proposals in a region and below, by status.' })
  eligibilityProposals(
    @Args('regionCode') regionCode: string,
    @Args('status', { type: () => ProposalStatusValue, nullable: true }) status?: ProposalStatus,
  ) {
    return this.service.findIn(regionCode, status);
  }

  @Query(() => [CoverageGapModel], {
    description: '应保尽保: children of a region who qualify today but have no benefit and no open proposal.',
  })
  coverageGaps(@Args('regionCode') regionCode: string) {
    return this.service.coverageGaps(regionCode);
  }

  @Mutation(() => ProposalDecision, { description: 'Accepts a proposal: grants the benefit.' })
  async acceptProposal(
    @Args('input') input: AcceptProposalInput,
    @Viewer() viewer: Identity,
    @Context() ctx: { access?: AccessLedger },
  ) {
    const { proposalId, ...grant } = input;
    await this.inRegion(viewer, proposalId);
    const decision = await this.service.accept(
      proposalId,
      { ...grant, reason: grant.reason.trim() },
      actorOf(viewer),
    );
    // The decision names its child only inside it: note the change for the access log here.
    ctx.access?.changed(decision.proposal.childId, ['acceptProposal', ...Object.keys(input)]);
    return decision;
  }

  @Mutation(() => ProposalModel, { description: 'Rejects a proposal with a reason.' })
  async rejectProposal(@Args('input') input: RejectProposalInput, @Viewer() viewer: Identity) {
    await this.inRegion(viewer, input.proposalId);
    return this.service.reject(input.proposalId, input.reason.trim(), actorOf(viewer));
  }
}
