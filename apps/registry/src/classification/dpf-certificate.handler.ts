import { Injectable } from '@nestjs/common';
import {
  DisabilityCertificateRecordedV1,
  type DisabilityCertificateRecordedPayload,
  type Envelope,
} from '@qz/contracts';
import { EventHandler } from '@qz/messaging/nest';
import { applyEventToChild } from '../children/apply-event';
import { ChildRepository } from '../children/child.repository';
import { NO_STORED_CIRCUMSTANCES } from './circumstances';
import { ClassificationService } from './classification.service';
import { certificateReason, circumstancesWithCertificate } from './dpf-certificate';

/**
 * health.disability-certificate.recorded.v1 (issue 15 defect 4): the DPF's record of a child's
 * disability certificate becomes the ledger's — held, type, grade and date in the circumstances —
 * and the child is reclassified (DISABLED, 三(一)3), with its history entry, ChildUpdated naming
 * `circumstances.disability…` and ChildClassified, in one write. Once per event; an event about a
 * merged record goes to the record it was merged into.
 */
@Injectable()
export class DpfCertificateHandler {
  constructor(
    private readonly children: ChildRepository,
    private readonly classification: ClassificationService,
  ) {}

  @EventHandler(DisabilityCertificateRecordedV1)
  async onRecorded(e: Envelope<DisabilityCertificateRecordedPayload>): Promise<void> {
    const p = e.payload;
    const actor = { kind: 'system' as const, id: `event:${e.producer}`, department: 'DPF' };
    const reason = certificateReason(p);
    await applyEventToChild(this.children, p.childId, e.id, (child) => {
      const recorded = { ...NO_STORED_CIRCUMSTANCES, ...child.circumstances };
      const circumstances = circumstancesWithCertificate(recorded, p, e.occurredAt);
      if (!circumstances) return null;
      return this.classification.changeOnEvent(child, recorded, circumstances, reason, actor);
    });
  }
}
