import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { ChildReplicaRepository } from '@qz/child-replica';
import { localDateInChina, type Clock } from '@qz/kernel';
import type { Identity } from '@qz/identity';
import { actorOf, CLOCK, Viewer } from '@qz/platform';
import { pastOrToday } from '../common/checks';
import { HealthErrors } from '../common/health.errors';
import { ChildFactsService } from '../facts/child-facts.service';
import { disabilityCertificateRecorded } from './disability-certificate';
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
      "Records a child's disability certificate (type and grade) as the DPF issued it: the one record of it. " +
      'Rehabilitation eligibility and the severe-disability premium subsidy read it, and the registry takes it ' +
      'into the child’s circumstances (the DISABLED category, 三(一)3) by event. A later record replaces it ' +
      '(a correction).',
  })
  async recordDisabilityCertificate(
    @Args('input') input: RecordDisabilityInput,
    @Viewer() viewer: Identity,
  ): Promise<DisabilityRecordModel> {
    const now = this.clock.now();
    const certifiedOn = pastOrToday(input.certifiedOn, 'input.certifiedOn', localDateInChina(now));
    const named = await this.replicas.findById(input.childId);
    // A provisional record merged into the real child: the certificate is the real child's.
    const child = named?.mergedInto ? await this.replicas.findById(named.mergedInto) : named;
    if (!child) throw HealthErrors.childNotFound(input.childId);
    const actor = actorOf(viewer);
    const record = {
      type: input.type,
      grade: input.grade,
      certifiedOn,
      recordedBy: actor.id,
      recordedAt: now,
    };
    const event = disabilityCertificateRecorded(child, record, actor);
    await this.facts.recordDisability(child.id, { disability: record, regionCode: child.regionCode }, [
      event,
    ]);
    await this.premiums.recompute(child.id, `disability recorded by ${record.recordedBy}`);
    return record;
  }
}
