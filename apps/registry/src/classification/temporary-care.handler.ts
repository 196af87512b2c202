import { Injectable } from '@nestjs/common';
import { TemporaryCareStartedV1, type Envelope, type TemporaryCareStartedPayload } from '@qz/contracts';
import { EventHandler } from '@qz/messaging/nest';
import { applyEventToChild } from '../children/apply-event';
import { ChildRepository } from '../children/child.repository';
import { NO_STORED_CIRCUMSTANCES } from './circumstances';
import { ClassificationService } from './classification.service';
import { circumstancesInTemporaryCare, temporaryCareReason } from './temporary-care';

/**
 * police.temporary-care.started.v1 (四(二)3 临时照料, issue 15 "temporary guardianship reaches the
 * registry and assistance"): the child is recorded as temporarily without family support and
 * reclassified (TEMPORARILY_WITHOUT_FAMILY), with its history entry, ChildUpdated and
 * ChildClassified in one write; assistance answers the classification (temporary assistance,
 * 四(三)1). Once per event; an event about a merged record goes to the record it was merged into.
 */
@Injectable()
export class TemporaryCareHandler {
  constructor(
    private readonly children: ChildRepository,
    private readonly classification: ClassificationService,
  ) {}

  @EventHandler(TemporaryCareStartedV1)
  async onStarted(e: Envelope<TemporaryCareStartedPayload>): Promise<void> {
    const p = e.payload;
    const actor = { kind: 'system' as const, id: `event:${e.producer}`, department: 'POLICE' };
    await applyEventToChild(this.children, p.childId, e.id, (child) => {
      const recorded = { ...NO_STORED_CIRCUMSTANCES, ...child.circumstances };
      const circumstances = circumstancesInTemporaryCare(recorded);
      if (!circumstances) return null;
      return this.classification.changeOnEvent(child, recorded, circumstances, temporaryCareReason(p), actor);
    });
  }
}
