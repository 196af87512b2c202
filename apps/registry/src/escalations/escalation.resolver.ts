import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Identity } from '@qz/identity';
import { Viewer } from '@qz/platform';
import { AcknowledgeEscalationInput, Escalation, EscalationConnection } from './escalation.model';
import { EscalationService } from './escalation.service';

@Resolver(() => Escalation)
export class EscalationResolver {
  constructor(private readonly service: EscalationService) {}

  @Query(() => EscalationConnection, {
    description:
      'Escalations in a region’s subtree the asker’s office (coordinator or township) has not acknowledged, oldest first.',
  })
  unacknowledgedEscalations(
    @Viewer() viewer: Identity,
    @Args('regionCode') regionCode: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    return this.service.unacknowledged(viewer, regionCode, first, after ?? null);
  }

  @Mutation(() => Escalation, {
    description: 'The asker’s office acknowledges an escalation, with what it does about it.',
  })
  acknowledgeEscalation(@Viewer() viewer: Identity, @Args('input') input: AcknowledgeEscalationInput) {
    return this.service.acknowledge(viewer, input.escalationId, input.note);
  }
}
