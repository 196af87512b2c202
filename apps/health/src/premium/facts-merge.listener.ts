import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ChildReplicaHooks } from '@qz/child-replica';
import type { ChildMergedPayload, Envelope } from '@qz/contracts';
import { ChildFactsRepository } from '../facts/child-facts.repository';
import { benefitsAfterMerge } from '../facts/facts.rules';
import { certificateAfterMerge } from './disability-certificate';
import { PremiumSubsidyService } from './premium-subsidy.service';

/**
 * A provisional record merged into the real child (issue 15 defect 4, "merges carry everything"):
 * the DPF's certificate on it becomes the real child's (certificateAfterMerge, the rule the registry
 * applies to its copy), so do the assistance benefits health knew of it (benefitsAfterMerge), and
 * the premium subsidy is recomputed. Idempotent: a redelivery finds nothing newer to carry.
 */
@Injectable()
export class FactsMergeListener implements OnModuleInit {
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
    const carried = await this.facts.carryMerged(mergedChildId, childId, (merged, surviving) => {
      const disability = certificateAfterMerge(merged.disability, surviving.disability);
      const benefits = benefitsAfterMerge(merged.benefits, surviving.benefits);
      return { ...(disability && { disability }), ...(benefits && { benefits }) };
    });
    if (Object.keys(carried).length) await this.premiums.recompute(childId, `${event.type} ${event.id}`);
  }
}
