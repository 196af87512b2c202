import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Identity } from '@qz/identity';
import { actorOf, Viewer } from '@qz/platform';
import { toModel } from './child.mapper';
import { ChildModel } from './child.model';
import { UpdateChildRecordInput } from './child-record.input';
import { ChildRecordService } from './child-record.service';

@Resolver(() => ChildModel)
export class ChildRecordResolver {
  constructor(private readonly records: ChildRecordService) {}

  @Mutation(() => ChildModel, {
    description:
      'Corrects a child’s names or records the household’s move to another village; every department’s copy follows.',
  })
  async updateChildRecord(@Args('input') input: UpdateChildRecordInput, @Viewer() viewer: Identity) {
    return toModel(await this.records.update(input, actorOf(viewer)));
  }
}
