import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { ChildReplicaRepository } from '@qz/child-replica';
import { localDateInChina, type Clock } from '@qz/kernel';
import type { Identity } from '@qz/identity';
import { actorOf, CLOCK, Viewer } from '@qz/platform';
import { pastOrToday } from '../common/checks';
import { HealthErrors } from '../common/health.errors';
import { ChildFactsService } from '../facts/child-facts.service';
import { PremiumSubsidyService } from './premium-subsidy.service';
import { DisabilityRecordModel } from './premium-subsidy.model';
import { RecordDisabilityInput } from './record-disability.input';

@Resolver(() => DisabilityRecordModel)
export class DisabilityResolver {
  constructor(
    private readonly replicas: ChildReplicaRepository,
    private readonly facts: ChildFactsService,
    private readonly premiums: PremiumSubsidyService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Mutation(() => DisabilityRecordModel, {
    description:
      "Records a child's disability certificate (type and grade), which rehabilitation eligibility and the severe-disability premium subsidy read.",
  })
  async recordDisabilityCertificate(
    @Args('input') input: RecordDisabilityInput,
    @Viewer() viewer: Identity,
  ): Promise<DisabilityRecordModel> {
    const now = this.clock.now();
    const certifiedOn = pastOrToday(input.certifiedOn, 'input.certifiedOn', localDateInChina(now));
    const child = await this.replicas.findById(input.childId);
    if (!child) throw HealthErrors.childNotFound(input.childId);
    const record = {
      type: input.type,
      grade: input.grade,
      certifiedOn,
      recordedBy: actorOf(viewer).id,
      recordedAt: now,
    };
    await this.facts.set(input.childId, { disability: record, regionCode: child.regionCode });
    await this.premiums.recompute(input.childId, `disability recorded by ${record.recordedBy}`);
    return record;
  }
}
