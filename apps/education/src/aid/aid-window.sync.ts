import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Identity } from '@qz/identity';
import { WindowPartService } from '@qz/window-parts';
import { AidService, type AidProposalRecord } from './aid.service';

/**
 * 四(四)1 with 四(三)3: when the education bureau decides a child's aid at its desk, the child's
 * EDUCATION_AID part still pending at a township window gets the same decision (an approval links
 * the confirmed aid, a refusal gives the bureau's reason), so the family hears one answer and no
 * officer decides the same aid twice. Best effort after the aid's decision is recorded: a part that
 * cannot be decided stays in the bureau's queue, and the log says why.
 */
@Injectable()
export class AidWindowSync implements OnModuleInit {
  private readonly logger = new Logger(AidWindowSync.name);

  constructor(
    private readonly aid: AidService,
    private readonly parts: WindowPartService,
  ) {}

  onModuleInit(): void {
    this.aid.onDecided((proposal, viewer) => this.follow(proposal, viewer));
  }

  async follow(proposal: AidProposalRecord, viewer: Identity): Promise<void> {
    const approved = proposal.status === 'CONFIRMED';
    const note =
      `the education bureau ${approved ? 'confirmed' : 'rejected'} the child's aid ` +
      `(${proposal.id}): ${proposal.decision?.reason ?? ''}`;
    for (const part of await this.parts.pendingOfChild(proposal.childId, 'EDUCATION_AID')) {
      await this.parts
        .decide({ partId: part.id, approved, note: note.slice(0, 1000) }, viewer)
        .catch((error: unknown) =>
          this.logger.warn(`window part ${part.id} stays pending after aid ${proposal.id}: ${String(error)}`),
        );
    }
  }
}
