import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@qz/contracts';
import type { Clock } from '@qz/kernel';
import { CLOCK, type ChildRecordsMerger, type ChildRecordsMover } from '@qz/platform';
import { BenefitRepository } from '../benefits/benefit.repository';
import { BenefitService } from '../benefits/benefit.service';
import { ProposalRepository } from '../eligibility/proposal.repository';
import { ApplicationRepository } from '../intake/application.repository';
import { childLock } from '../shared/child-lock';
import { duplicateProposalsAfterMerge, overlappingBenefitsAfterMerge } from './child-records.rules';

const SYSTEM: Actor = { kind: 'system', id: 'assistance:child-records' };

/**
 * Assistance's records of a child follow the registry's record (issue 15). A moved child's
 * proposals are decided, and its benefits not ended paid, by the region it lives in now (one-window
 * applications stay with the township window that received them). A provisional record merged
 * into the child's real one passes its proposals, benefits and applications to it; a pending
 * proposal that repeats what the child has is withdrawn, and a benefit that would pay the child
 * twice is suspended for a caseworker to end one (child-records.rules). Idempotent.
 */
@Injectable()
export class AssistanceChildRecords implements ChildRecordsMover, ChildRecordsMerger {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly benefits: BenefitRepository,
    private readonly benefitService: BenefitService,
    private readonly applications: ApplicationRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async moveChild(childId: string, regionCode: string): Promise<void> {
    await this.proposals.moveChild(childId, regionCode);
    await this.benefits.moveChild(childId, regionCode);
  }

  async mergeChild(fromChildId: string, intoChildId: string, regionCode: string): Promise<void> {
    const merged = `the provisional record ${fromChildId} was merged into ${intoChildId}`;
    await childLock.run(intoChildId, async () => {
      await this.proposals.mergeChild(fromChildId, intoChildId);
      await this.benefits.mergeChild(fromChildId, intoChildId);
      await this.applications.mergeChild(fromChildId, intoChildId);
      const [proposals, benefits] = await Promise.all([
        this.proposals.findByChild(intoChildId),
        this.benefits.findByChild(intoChildId),
      ]);
      for (const id of duplicateProposalsAfterMerge(proposals, benefits))
        await this.proposals.decide(id, {
          status: 'WITHDRAWN',
          decidedAt: this.clock.now(),
          decidedBy: SYSTEM.id,
          decisionReason: `${merged}: the child has this programme already`,
        });
    });
    // BenefitService takes the child's lock itself.
    for (const id of overlappingBenefitsAfterMerge(await this.benefits.findByChild(intoChildId)))
      await this.benefitService.suspend(
        id,
        `${merged}: it overlaps another benefit of the programme; end one of the two`,
        SYSTEM,
      );
    await this.moveChild(intoChildId, regionCode);
  }
}
