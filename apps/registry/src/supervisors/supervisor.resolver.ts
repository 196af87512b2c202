import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { regionCovers, type Identity } from '@qz/identity';
import { outOfRegion, Viewer } from '@qz/platform';
import { ChildConnection } from '../children/child-list.model';
import { ChildListService } from '../children/child-list.service';
import { AppointSupervisorInput, EndSupervisorInput } from './supervisor.inputs';
import { SupervisorModel } from './supervisor.model';
import { SupervisorService, type Supervisor } from './supervisor.service';

const toModel = (s: Supervisor): SupervisorModel => ({
  id: s.id,
  name: s.name,
  role: s.role as SupervisorModel['role'],
  regionCode: s.regionCode,
  phone: s.phone,
  appointedOn: s.appointedOn,
  endedOn: s.endedOn,
});

@Resolver(() => SupervisorModel)
export class SupervisorResolver {
  constructor(
    private readonly service: SupervisorService,
    private readonly lists: ChildListService,
  ) {}

  @Query(() => [SupervisorModel], {
    description: 'Supervisors and social workers in post in a region’s subtree.',
  })
  async supervisors(@Args('regionCode') regionCode: string) {
    return (await this.service.inPostUnder(regionCode)).map(toModel);
  }

  @Mutation(() => SupervisorModel, {
    description: 'Appoints a village supervisor or township social worker.',
  })
  async appointSupervisor(@Args('input') input: AppointSupervisorInput) {
    return toModel(await this.service.appoint(input));
  }

  @Mutation(() => SupervisorModel, { description: 'Ends an appointment; the post is free for a successor.' })
  async endSupervisor(@Args('input') input: EndSupervisorInput, @Viewer() viewer: Identity) {
    // The post's region is checked before anything is written.
    const post = await this.service.findById(input.supervisorId);
    if (post && !regionCovers(viewer.regionCode, post.regionCode))
      throw outOfRegion(`Supervisor ${input.supervisorId}`);
    return toModel(await this.service.end(input));
  }

  @ResolveField(() => ChildConnection, {
    description:
      'Children of this supervisor’s region whose next visit was due before today, oldest registration first.',
  })
  async overdueVisits(
    @Parent() supervisor: SupervisorModel,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    return this.lists.page({ regionCode: supervisor.regionCode, visitOverdue: true }, first, after ?? null);
  }
}
