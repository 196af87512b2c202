import { Args, Mutation, Resolver } from '@nestjs/graphql';
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
  async recordVisit(@Args('input') input: RecordVisitInput) {
    // The acting person comes from the verified gateway identity once authentication is in place.
    return toModel(await this.visits.record(input, { kind: 'user', id: 'unauthenticated' }));
  }
}
