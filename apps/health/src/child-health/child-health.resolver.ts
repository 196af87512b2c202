import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChildReference, ChildReplicaReader } from '@qz/child-replica';
import { certifiedTypeOf } from '@qz/contracts';
import { localDateInChina, type Clock } from '@qz/kernel';
import { regionCovers, type Identity } from '@qz/identity';
import { CLOCK, outOfRegion, Viewer, type GraphQLRequestContext } from '@qz/platform';
import { ApplicationModel } from '../applications/application.model';
import { SubmissionService, type Application } from '../applications/submission.service';
import { toApplicationModel } from '../applications/application.resolver';
import { ChildFactsService } from '../facts/child-facts.service';
import { medicalGroup } from '../facts/facts.rules';
import { PremiumSubsidyService, type PremiumSubsidy } from '../premium/premium-subsidy.service';
import {
  DisabilityRecordModel,
  DisabilityWithdrawalModel,
  PremiumSubsidyModel,
} from '../premium/premium-subsidy.model';
import { ChildHealth } from './child-health.model';
import { isRehabAssistanceAge } from './child-health.rule';

/** Groups rows by child id for a DataLoader batch, in the order of `ids`. */
export const byChild = <T extends { childId: string }>(ids: readonly string[], rows: T[]) =>
  ids.map((id) => rows.filter((r) => r.childId === id));

@Resolver(() => ChildReference)
export class ChildHealthResolver {
  constructor(
    private readonly replicas: ChildReplicaReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ResolveField(() => ChildHealth, {
    nullable: true,
    description: "Null until the registry's event about this child has reached this department.",
  })
  async health(
    @Parent() child: ChildReference,
    @Context() ctx: GraphQLRequestContext,
    @Viewer() viewer: Identity,
  ): Promise<ChildHealth | null> {
    const replica = await this.replicas.load(ctx, child.id);
    if (!replica) return null;
    // Entities are resolved outside the platform's region check of root operations: the child's
    // region must be the asker's.
    if (!regionCovers(viewer.regionCode, replica.regionCode)) throw outOfRegion(`Child ${child.id}`);
    return {
      childId: child.id,
      trackedSince: replica.knownSince,
      rehabAssistanceAge: isRehabAssistanceAge(replica.birthDate, localDateInChina(this.clock.now())),
    };
  }
}

@Resolver(() => ChildHealth)
export class ChildHealthFieldsResolver {
  constructor(
    private readonly subsidies: PremiumSubsidyService,
    private readonly facts: ChildFactsService,
    private readonly applications: SubmissionService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private loadFacts(h: ChildHealth, ctx: GraphQLRequestContext) {
    return ctx.loaders.get('health.facts', (ids) => this.facts.getMany(ids)).load(h.childId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Whose medical-assistance standard applies to the child today (TEKUN, ORPHAN, DIBAO, OTHER_DIFFICULTY); null when not eligible.',
  })
  async medicalAssistanceGroup(@Parent() h: ChildHealth, @Context() ctx: GraphQLRequestContext) {
    const facts = await this.loadFacts(h, ctx);
    return facts ? (medicalGroup(facts, localDateInChina(this.clock.now()))?.group ?? null) : null;
  }

  private async applicationsOf(h: ChildHealth, ctx: GraphQLRequestContext) {
    const rows = await ctx.loaders
      .get<Application[]>('health.applications', async (ids) =>
        byChild(ids, await this.applications.findByChildIds(ids)),
      )
      .load(h.childId);
    return (rows ?? []).sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime());
  }

  @ResolveField(() => [ApplicationModel], {
    nullable: true,
    description:
      'Medical-assistance claims, latest first, each with its computation and steps; null with an error for a role that may not see them.',
  })
  async medicalClaims(@Parent() h: ChildHealth, @Context() ctx: GraphQLRequestContext) {
    return (await this.applicationsOf(h, ctx))
      .filter((a) => a.programme === 'MEDICAL_ASSISTANCE')
      .map(toApplicationModel);
  }

  @ResolveField(() => [ApplicationModel], {
    nullable: true,
    description:
      'Rehabilitation assistance and 明天计划 applications, latest first; null with an error for a role that may not see them.',
  })
  async rehabServices(@Parent() h: ChildHealth, @Context() ctx: GraphQLRequestContext) {
    return (await this.applicationsOf(h, ctx))
      .filter((a) => a.programme !== 'MEDICAL_ASSISTANCE')
      .map(toApplicationModel);
  }

  @ResolveField(() => [PremiumSubsidyModel], {
    description: 'Insurance-premium subsidy decisions, one per contribution year, latest year first.',
  })
  async premiumSubsidies(@Parent() h: ChildHealth, @Context() ctx: GraphQLRequestContext) {
    const rows = await ctx.loaders
      .get<PremiumSubsidy[]>('health.premium', async (ids) =>
        byChild(ids, await this.subsidies.findByChildIds(ids)),
      )
      .load(h.childId);
    return (rows ?? []).sort((a, b) => b.year - a.year);
  }

  @ResolveField(() => DisabilityRecordModel, {
    nullable: true,
    description: 'The recorded disability certificate.',
  })
  async disability(@Parent() h: ChildHealth, @Context() ctx: GraphQLRequestContext) {
    const facts = await ctx.loaders.get('health.facts', (ids) => this.facts.getMany(ids)).load(h.childId);
    const d = facts?.disability;
    // A record made before the certificate's categories were split from rehabilitation's says AUTISM.
    return d ? { ...d, type: certifiedTypeOf(d.type) } : null;
  }

  @ResolveField(() => [DisabilityWithdrawalModel], {
    description: 'Certificates the DPF withdrew (注销), oldest first.',
  })
  async disabilityWithdrawals(@Parent() h: ChildHealth, @Context() ctx: GraphQLRequestContext) {
    const facts = await ctx.loaders.get('health.facts', (ids) => this.facts.getMany(ids)).load(h.childId);
    return (facts?.disabilityWithdrawals ?? []).map((w) => ({ ...w, type: certifiedTypeOf(w.type) }));
  }
}
