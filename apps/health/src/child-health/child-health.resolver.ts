import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChildReference, ChildReplicaReader } from '@qz/child-replica';
import { localDateInChina, type Clock } from '@qz/kernel';
import { CLOCK, type GraphQLRequestContext } from '@qz/platform';
import { ChildHealth } from './child-health.model';
import { isRehabAssistanceAge } from './child-health.rule';

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
  ): Promise<ChildHealth | null> {
    const replica = await this.replicas.load(ctx, child.id);
    if (!replica) return null;
    return {
      trackedSince: replica.knownSince,
      rehabAssistanceAge: isRehabAssistanceAge(replica.birthDate, localDateInChina(this.clock.now())),
    };
  }
}
