import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChildReference, ChildReplicaReader } from '@qz/child-replica';
import { localDateInChina, type Clock } from '@qz/kernel';
import type { Identity } from '@qz/identity';
import { CLOCK, Viewer, type GraphQLRequestContext } from '@qz/platform';
import { checkRecordRegion } from '../access/record-region';
import { BenefitModel } from '../benefits/benefit.model';
import { BenefitRepository } from '../benefits/benefit.repository';
import { ApplicationModel } from '../intake/application.model';
import { ApplicationRepository } from '../intake/application.repository';
import { ProposalModel } from '../eligibility/proposal.model';
import { ProposalRepository } from '../eligibility/proposal.repository';
import { ChildAssistance } from './child-assistance.model';
import { isSpecialHardshipAge } from './child-assistance.rule';

@Resolver(() => ChildReference)
export class ChildAssistanceResolver {
  constructor(
    private readonly replicas: ChildReplicaReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ResolveField(() => ChildAssistance, {
    nullable: true,
    description: "Null until the registry's event about this child has reached this department.",
  })
  async assistance(
    @Parent() child: ChildReference,
    @Context() ctx: GraphQLRequestContext,
    @Viewer() viewer: Identity,
  ): Promise<ChildAssistance | null> {
    const replica = await this.replicas.load(ctx, child.id);
    if (!replica) return null;
    checkRecordRegion(viewer, replica, `Child ${child.id}`);
    return {
      childId: child.id,
      trackedSince: replica.knownSince,
      specialHardshipAge: isSpecialHardshipAge(replica.birthDate, localDateInChina(this.clock.now())),
    };
  }
}

@Resolver(() => ChildAssistance)
export class ChildAssistanceFieldsResolver {
  constructor(
    private readonly benefitRepository: BenefitRepository,
    private readonly proposalRepository: ProposalRepository,
    private readonly applicationRepository: ApplicationRepository,
  ) {}

  @ResolveField(() => [BenefitModel], { description: 'The child’s benefits, every status.' })
  benefits(@Parent() a: ChildAssistance, @Context() ctx: GraphQLRequestContext) {
    return ctx.loaders
      .get('assistance.benefits', (ids) => this.benefitRepository.findByChildren(ids))
      .load(a.childId);
  }

  @ResolveField(() => [ProposalModel], { description: 'Eligibility proposals for the child, every status.' })
  proposals(@Parent() a: ChildAssistance, @Context() ctx: GraphQLRequestContext) {
    return ctx.loaders
      .get('assistance.proposals', (ids) => this.proposalRepository.findByChildren(ids))
      .load(a.childId);
  }

  @ResolveField(() => [ApplicationModel], { description: 'One-window applications for the child.' })
  applications(@Parent() a: ChildAssistance, @Context() ctx: GraphQLRequestContext) {
    return ctx.loaders
      .get('assistance.applications', (ids) => this.applicationRepository.findByChildren(ids))
      .load(a.childId);
  }
}
