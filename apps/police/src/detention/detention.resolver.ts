import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ChildReplicaRepository } from '@qz/child-replica';
import { regionCovers, type Identity } from '@qz/identity';
import { type Clock } from '@qz/kernel';
import { actorOf, CLOCK, outOfRegion, Viewer } from '@qz/platform';
import { CaseErrors } from '../cases/case.errors';
import { DetentionErrors } from './detention.errors';
import { ArrangeDetaineeChildCareInput, RecordDetainedParentInput } from './detention.inputs';
import { DetainedParent, DetaineeChild, DetaineeChildCareTask } from './detention.model';
import { arrangementComplete, childrenRefusal } from './detention.rules';
import { DetentionService } from './detention.service';

@Resolver(() => DetainedParent)
export class DetentionResolver {
  constructor(
    private readonly detention: DetentionService,
    private readonly replicas: ChildReplicaRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Mutation(() => DetainedParent, {
    description:
      'Records whether a detained person has minor children needing care and who cares for each (四(一)2); NONE_FOUND gives civil affairs a task.',
  })
  async recordDetainedParent(@Args('input') input: RecordDetainedParentInput, @Viewer() viewer: Identity) {
    const ids = input.children.map((c) => c.childId.trim());
    const refused = childrenRefusal(input.hasMinorChildren, ids);
    if (refused) throw DetentionErrors.children(refused);
    input.children.forEach((c, i) => {
      if (!arrangementComplete(c.arrangement, c.caregiver?.trim() || null))
        throw DetentionErrors.arrangementIncomplete(`input.children[${i}].caregiver`);
    });
    const regions = await this.replicas.regionsOf(ids);
    const unknown = ids.find((id) => !regions.has(id));
    if (unknown) throw CaseErrors.childNotFound(unknown);
    const now = this.clock.now();
    if (input.detainedAt && input.detainedAt.getTime() > now.getTime() + 60_000)
      throw CaseErrors.dateInFuture('input.detainedAt', input.detainedAt);
    return this.detention.record(input, regions, input.detainedAt ?? now, actorOf(viewer));
  }

  @Mutation(() => DetaineeChild, {
    description: 'Civil affairs records the care it arranged for a detained parent’s child (四(一)2).',
  })
  async arrangeDetaineeChildCare(
    @Args('input') input: ArrangeDetaineeChildCareInput,
    @Viewer() viewer: Identity,
  ) {
    const record = await this.detention.get(input.recordId);
    const child = record.children.find((c) => c.childId === input.childId);
    if (child && !regionCovers(viewer.regionCode, child.regionCode))
      throw outOfRegion(`Child ${input.childId} of record ${input.recordId}`);
    return this.detention.arrange(record, input, actorOf(viewer));
  }

  @Query(() => [DetaineeChildCareTask], {
    description:
      'Detained parents’ children police found no carer for, whose care civil affairs must arrange (四(一)2), in a region’s subtree.',
  })
  detaineeChildCareTasks(
    @Viewer() viewer: Identity,
    @Args('regionCode', { nullable: true, description: 'The asker’s region if not given.' })
    regionCode?: string,
  ) {
    return this.detention.openTasks(regionCode ?? viewer.regionCode, (r) =>
      regionCovers(viewer.regionCode, r),
    );
  }
}
