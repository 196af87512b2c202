import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { actorOf, Viewer } from '@qz/platform';
import type { Identity } from '@qz/identity';
import { toModel } from '../children/child.mapper';
import { ChildModel } from '../children/child.model';
import { RecordVisitInput } from './visit.inputs';
import { VisitService } from './visit.service';

@Resolver(() => ChildModel)
export class VisitResolver {
  constructor(private readonly visits: VisitService) {}

  @Mutation(() => ChildModel, {
    description:
      'Records a home visit with its findings; sets the risk level and the next visit date (四(一)4).',
  })
  async recordVisit(@Args('input') input: RecordVisitInput, @Viewer() viewer: Identity) {
    return toModel(await this.visits.record(input, actorOf(viewer)));
  }
}
