import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChildReference, ChildReplicaReader } from '@qz/child-replica';
import { localDateInChina, type Clock } from '@qz/kernel';
import { CLOCK, type GraphQLRequestContext } from '@qz/platform';
import { ChildEducation } from './child-education.model';
import { isCompulsoryEducationAge } from './child-education.rule';

@Resolver(() => ChildReference)
export class ChildEducationResolver {
  constructor(
    private readonly replicas: ChildReplicaReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ResolveField(() => ChildEducation, {
    nullable: true,
    description: "Null until the registry's event about this child has reached this department.",
  })
  async education(
    @Parent() child: ChildReference,
    @Context() ctx: GraphQLRequestContext,
  ): Promise<ChildEducation | null> {
    const replica = await this.replicas.load(ctx, child.id);
    if (!replica) return null;
    return {
      childId: child.id,
      trackedSince: replica.knownSince,
      compulsoryEducationAge: isCompulsoryEducationAge(replica.birthDate, localDateInChina(this.clock.now())),
    };
  }
}
