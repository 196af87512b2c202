import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChildReference, ChildReplicaReader } from '@qz/child-replica';
import { localDateInChina, type Clock } from '@qz/kernel';
import { CLOCK, type GraphQLRequestContext } from '@qz/platform';
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
  ): Promise<ChildAssistance | null> {
    const replica = await this.replicas.load(ctx, child.id);
    if (!replica) return null;
    return {
      trackedSince: replica.knownSince,
      specialHardshipAge: isSpecialHardshipAge(replica.birthDate, localDateInChina(this.clock.now())),
    };
  }
}
