import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChildReference, ChildReplicaReader } from '@qz/child-replica';
import { localDateInChina, type Clock } from '@qz/kernel';
import { CLOCK, type GraphQLRequestContext } from '@qz/platform';
import { ChildProtection } from './child-protection.model';
import { isForbiddenToLiveAlone } from './child-protection.rule';

@Resolver(() => ChildReference)
export class ChildProtectionResolver {
  constructor(
    private readonly replicas: ChildReplicaReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ResolveField(() => ChildProtection, {
    nullable: true,
    description: "Null until the registry's event about this child has reached this department.",
  })
  async protection(
    @Parent() child: ChildReference,
    @Context() ctx: GraphQLRequestContext,
  ): Promise<ChildProtection | null> {
    const replica = await this.replicas.load(ctx, child.id);
    if (!replica) return null;
    return {
      trackedSince: replica.knownSince,
      forbiddenToLiveAlone: isForbiddenToLiveAlone(replica.birthDate, localDateInChina(this.clock.now())),
    };
  }
}
