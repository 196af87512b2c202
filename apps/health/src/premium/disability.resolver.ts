import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { ChildReplicaRepository } from '@qz/child-replica';
import { localDateInChina, type Clock } from '@qz/kernel';
import type { Identity } from '@qz/identity';
import { actorOf, CLOCK, Viewer } from '@qz/platform';
import { pastOrToday } from '../common/checks';
import { HealthErrors } from '../common/health.errors';
import { ChildFactsService } from '../facts/child-facts.service';
import {
  disabilityCertificateRecorded,
  disabilityCertificateWithdrawn,
  withdrawalOf,
} from './disability-certificate';
import { PremiumSubsidyService } from './premium-subsidy.service';
import { DisabilityRecordModel, DisabilityWithdrawalModel } from './premium-subsidy.model';
import { RecordDisabilityInput, WithdrawDisabilityInput } from './record-disability.input';

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
    const child = await this.childOf(input.childId);
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

  @Mutation(() => DisabilityWithdrawalModel, {
    description:
      "Withdraws (注销) the child's disability certificate, as the DPF decided: rehabilitation eligibility and the " +
      'severe-disability premium subsidy stop reading it, and the registry takes it out of the child’s ' +
      'circumstances by event (DISABLED goes when nothing else gives it, 三(一)3). The record is kept with the ' +
      'withdrawal.',
  })
  async withdrawDisabilityCertificate(
    @Args('input') input: WithdrawDisabilityInput,
    @Viewer() viewer: Identity,
  ): Promise<DisabilityWithdrawalModel> {
    const now = this.clock.now();
    const withdrawnOn = pastOrToday(input.withdrawnOn, 'input.withdrawnOn', localDateInChina(now));
    const child = await this.childOf(input.childId);
    const actor = actorOf(viewer);
    const request = { withdrawnOn, reason: input.reason, note: input.note.trim(), by: actor.id, at: now };
    const withdrawal = await this.facts.withdrawDisability(child.id, (held) => {
      const w = withdrawalOf(held, request);
      return { withdrawal: w, events: [disabilityCertificateWithdrawn(child, w, actor)] };
    });
    await this.premiums.recompute(child.id, `disability certificate withdrawn by ${actor.id}`);
    return withdrawal;
  }

  /** The child named, or the real child a provisional record was merged into: the certificate is its. */
  private async childOf(childId: string) {
    const named = await this.replicas.findById(childId);
    const child = named?.mergedInto ? await this.replicas.findById(named.mergedInto) : named;
    if (!child) throw HealthErrors.childNotFound(childId);
    return child;
  }
}
