import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Identity } from '@qz/identity';
import { actorOf, Viewer } from '@qz/platform';
import { toModel } from '../children/child.mapper';
import { ChildModel } from '../children/child.model';
import {
  DecideCarePlacementInput,
  EndCarePlacementInput,
  RecordPlacementFollowUpInput,
} from './placement.inputs';
import { CarePlacementModel } from './placement.model';
import { currentPlacement } from './placement.rules';
import { PlacementService } from './placement.service';

/**
 * Placement of children without parental care (四(一)2, 四(一)4). The placement is read through
 * field resolvers so that the policy's field rule applies (it says why the child has no family
 * care, and adoption is confidential): other roles get null and FORBIDDEN at that path; every
 * read is logged.
 */
@Resolver(() => ChildModel)
export class PlacementResolver {
  constructor(private readonly placements: PlacementService) {}

  @Mutation(() => ChildModel, {
    description:
      'Records civil affairs’ placement decision for an orphan, abandoned infant, a child without a capable ' +
      'guardian, a child the court put under civil affairs, or a rescued child whose parents cannot be ' +
      'found (四(一)2); a placement in force ends the day before the new one starts.',
  })
  async decideCarePlacement(@Args('input') input: DecideCarePlacementInput, @Viewer() viewer: Identity) {
    return toModel(await this.placements.decide(input, actorOf(viewer)));
  }

  @Mutation(() => ChildModel, {
    description: 'Ends a placement (the child returned to a parent, came of age).',
  })
  async endCarePlacement(@Args('input') input: EndCarePlacementInput) {
    return toModel(await this.placements.end(input));
  }

  @Mutation(() => ChildModel, {
    description:
      'Records a follow-up visit to a placed child, or the follow-up assessment of an adoptive family’s care ' +
      '(四(一)4), on the placement in force that day.',
  })
  async recordPlacementFollowUp(
    @Args('input') input: RecordPlacementFollowUpInput,
    @Viewer() viewer: Identity,
  ) {
    return toModel(await this.placements.recordFollowUp(input, actorOf(viewer)));
  }

  @ResolveField(() => CarePlacementModel, {
    nullable: true,
    description: 'The placement in force (四(一)2); null when none is.',
  })
  placement(@Parent() child: ChildModel) {
    return currentPlacement(child.placements);
  }

  @ResolveField(() => [CarePlacementModel], {
    nullable: true,
    description: 'Every placement decision, oldest first, ended ones included.',
  })
  placementHistory(@Parent() child: ChildModel) {
    return child.placements;
  }
}
