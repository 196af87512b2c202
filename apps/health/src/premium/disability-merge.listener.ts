import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ChildReplicaHooks } from '@qz/child-replica';
import type { ChildMergedPayload, Envelope } from '@qz/contracts';
import { ChildFactsRepository } from '../facts/child-facts.repository';
import { certificateAfterMerge } from './disability-certificate';
import { PremiumSubsidyService } from './premium-subsidy.service';

/**
 * Issue 15 defect 4: a provisional record merged into the real child — the DPF's certificate on it
 * becomes the real child's (certificateAfterMerge, the rule the registry applies to its copy), and
 * the premium subsidy is recomputed. Idempotent: a redelivery finds nothing newer to carry.
 */
@Injectable()
export class DisabilityMergeListener implements OnModuleInit {
  constructor(
    private readonly hooks: ChildReplicaHooks,
    private readonly facts: ChildFactsRepository,
    private readonly premiums: PremiumSubsidyService,
  ) {}

  onModuleInit(): void {
    this.hooks.onMerged((event) => this.onMerged(event));
  }

  async onMerged(event: Envelope<ChildMergedPayload>): Promise<void> {
    const { childId, mergedChildId } = event.payload;
    if (await this.facts.carryDisability(mergedChildId, childId, certificateAfterMerge))
      await this.premiums.recompute(childId, `${event.type} ${event.id}`);
  }
}
