import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChildReference, ChildReplicaReader } from '@qz/child-replica';
import type { Identity } from '@qz/identity';
import { localDateInChina, type Clock } from '@qz/kernel';
import { CLOCK, Viewer, type GraphQLRequestContext } from '@qz/platform';
import { caseInRegion } from '../cases/case-scope';
import { ChildCasesLoader } from '../cases/child-cases.loader';
import { ChildProtection } from './child-protection.model';
import { isForbiddenToLiveAlone, protectionSummary } from './child-protection.rule';

@Resolver(() => ChildReference)
export class ChildProtectionResolver {
  constructor(
    private readonly replicas: ChildReplicaReader,
    private readonly cases: ChildCasesLoader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ResolveField(() => ChildProtection, {
    nullable: true,
    description:
      "The police part of the child's picture (field-ruled, audited). Null until the registry's event about this child has reached this department.",
  })
  async protection(
    @Parent() child: ChildReference,
    @Context() ctx: GraphQLRequestContext,
    @Viewer() viewer: Identity,
  ): Promise<ChildProtection | null> {
    const replica = await this.replicas.load(ctx, child.id);
    if (!replica) return null;
    const cases = (await this.cases.load(ctx, child.id)).filter((c) => caseInRegion(viewer, c));
    return {
      trackedSince: replica.knownSince,
      forbiddenToLiveAlone: isForbiddenToLiveAlone(replica.birthDate, localDateInChina(this.clock.now())),
      ...protectionSummary(cases),
    };
  }
}
