import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChildReference, ChildReplicaReader } from '@qz/child-replica';
import { localDateInChina, type Clock } from '@qz/kernel';
import type { Identity } from '@qz/identity';
import { CLOCK, Viewer, type GraphQLRequestContext } from '@qz/platform';
import { checkRecordRegion } from '../access/record-region';
import { BenefitModel } from '../benefits/benefit.model';
import { BenefitService } from '../benefits/benefit.service';
import { ApplicationModel } from '../intake/application.model';
import { ApplicationService } from '../intake/application.service';
import { ProposalModel } from '../eligibility/proposal.model';
import { eligibleProgrammes } from '../eligibility/eligibility.rules';
import { covered, ProposalService } from '../eligibility/proposal.service';
import { ChildAssistance, ChildQualification } from './child-assistance.model';

@Resolver(() => ChildReference)
export class ChildAssistanceResolver {
  constructor(private readonly replicas: ChildReplicaReader) {}

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
      birthDate: replica.birthDate,
    };
  }
}

@Resolver(() => ChildAssistance)
export class ChildAssistanceFieldsResolver {
  constructor(
    private readonly benefitService: BenefitService,
    private readonly proposalService: ProposalService,
    private readonly applicationService: ApplicationService,
    private readonly replicas: ChildReplicaReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ResolveField(() => [ChildQualification], {
    description:
      'The programmes the child qualifies for today by its last classification and age (四(三)1), each covered or not (应保尽保).',
  })
  async qualifiesFor(
    @Parent() a: ChildAssistance,
    @Context() ctx: GraphQLRequestContext,
  ): Promise<ChildQualification[]> {
    const [classified, benefits, proposals] = await Promise.all([
      this.replicas.categories(ctx, a.childId),
      this.benefits(a, ctx).then((x) => x ?? []),
      this.proposals(a, ctx).then((x) => x ?? []),
    ]);
    const today = localDateInChina(this.clock.now());
    return eligibleProgrammes(
      { categories: classified?.categories ?? [], birthDate: a.birthDate },
      today,
    ).map((e) => ({ ...e, covered: covered(e.programme, benefits, proposals) }));
  }

  @ResolveField(() => [BenefitModel], { description: 'The child’s benefits, every status.' })
  benefits(@Parent() a: ChildAssistance, @Context() ctx: GraphQLRequestContext) {
    return ctx.loaders
      .get('assistance.benefits', (ids) => this.benefitService.findByChildren(ids))
      .load(a.childId);
  }

  @ResolveField(() => [ProposalModel], { description: 'Eligibility proposals for the child, every status.' })
  proposals(@Parent() a: ChildAssistance, @Context() ctx: GraphQLRequestContext) {
    return ctx.loaders
      .get('assistance.proposals', (ids) => this.proposalService.findByChildren(ids))
      .load(a.childId);
  }

  @ResolveField(() => [ApplicationModel], { description: 'One-window applications for the child.' })
  applications(@Parent() a: ChildAssistance, @Context() ctx: GraphQLRequestContext) {
    return ctx.loaders
      .get('assistance.applications', (ids) => this.applicationService.findByChildren(ids))
      .load(a.childId);
  }
}
