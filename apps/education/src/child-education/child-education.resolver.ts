import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChildReference, ChildReplicaReader } from '@qz/child-replica';
import { regionOfAncestry, localDateInChina, type Clock } from '@qz/kernel';
import { regionCovers, type Identity } from '@qz/identity';
import { CLOCK, outOfRegion, Viewer, type GraphQLRequestContext } from '@qz/platform';
import { EnrolmentService } from '../students/enrolment.service';
import { ChildEducation } from './child-education.model';
import { isCompulsoryEducationAge } from './child-education.rule';

@Resolver(() => ChildReference)
export class ChildEducationResolver {
  constructor(
    private readonly replicas: ChildReplicaReader,
    private readonly students: EnrolmentService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ResolveField(() => ChildEducation, {
    nullable: true,
    description: "Null until the registry's event about this child has reached this department.",
  })
  async education(
    @Parent() child: ChildReference,
    @Context() ctx: GraphQLRequestContext,
    @Viewer() viewer: Identity,
  ): Promise<ChildEducation | null> {
    const replica = await this.replicas.load(ctx, child.id);
    if (!replica) return null;
    // A child of the viewer's region, or a student of a school there (children cross boundaries).
    if (!regionCovers(viewer.regionCode, replica.regionCode)) {
      const student = await ctx.loaders
        .get('education.student', (ids) => this.students.findByIds(ids))
        .load(child.id);
      const school = regionOfAncestry(student?.regionPath);
      if (!school || !regionCovers(viewer.regionCode, school)) throw outOfRegion(`Child ${child.id}`);
    }
    return {
      childId: child.id,
      trackedSince: replica.knownSince,
      compulsoryEducationAge: isCompulsoryEducationAge(replica.birthDate, localDateInChina(this.clock.now())),
    };
  }
}
