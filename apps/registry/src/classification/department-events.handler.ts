import { Injectable } from '@nestjs/common';
import {
  DisabilityCertificateRecordedV1,
  DisabilityCertificateWithdrawnV1,
  TemporaryCareEndedV1,
  TemporaryCareStartedV1,
  type DisabilityCertificateRecordedPayload,
  type DisabilityCertificateWithdrawnPayload,
  type Envelope,
  type TemporaryCareEndedPayload,
  type TemporaryCareStartedPayload,
} from '@qz/contracts';
import { EventHandler } from '@qz/messaging/nest';
import { ChildRepository } from '../children/child.repository';
import type { StoredCircumstances } from './circumstances';
import { changeCircumstancesOnEvent } from './circumstances-event';
import { ClassificationService } from './classification.service';
import {
  certificateReason,
  circumstancesWithCertificate,
  circumstancesWithoutCertificate,
  withdrawalReason,
} from './dpf-certificate';
import {
  circumstancesAfterTemporaryCare,
  circumstancesInTemporaryCare,
  temporaryCareEndReason,
  temporaryCareReason,
} from './temporary-care';

/**
 * Other departments' records of a child's circumstances, taken into the ledger by event: each
 * changes the circumstances and reclassifies the child, with its history entry, ChildUpdated and
 * ChildClassified in one write (changeCircumstancesOnEvent: once per event; an event about a merged
 * record goes to the record it was merged into).
 */
@Injectable()
export class DepartmentEventsHandler {
  private readonly services: { children: ChildRepository; classification: ClassificationService };

  constructor(children: ChildRepository, classification: ClassificationService) {
    this.services = { children, classification };
  }

  /**
   * health.disability-certificate.recorded.v1 (issue 15 defect 4): the DPF's record of the
   * certificate becomes the ledger's — held, type, grade and date — and the child is DISABLED
   * (三(一)3); an older record than the one held changes nothing.
   */
  @EventHandler(DisabilityCertificateRecordedV1)
  async onCertificateRecorded(e: Envelope<DisabilityCertificateRecordedPayload>): Promise<void> {
    const decide = (recorded: StoredCircumstances) =>
      circumstancesWithCertificate(recorded, e.payload, e.occurredAt);
    await changeCircumstancesOnEvent(this.services, e, 'DPF', decide, certificateReason(e.payload));
  }

  /**
   * health.disability-certificate.withdrawn.v1: the DPF withdrew (注销) the certificate; the ledger
   * holds it no more, and the child stays DISABLED only if something else says so (三(一)3).
   */
  @EventHandler(DisabilityCertificateWithdrawnV1)
  async onCertificateWithdrawn(e: Envelope<DisabilityCertificateWithdrawnPayload>): Promise<void> {
    const decide = (recorded: StoredCircumstances) =>
      circumstancesWithoutCertificate(recorded, e.payload, e.occurredAt);
    await changeCircumstancesOnEvent(this.services, e, 'DPF', decide, withdrawalReason(e.payload));
  }

  /**
   * police.temporary-care.started.v1 (四(二)3 临时照料): the child is temporarily without family
   * support (TEMPORARILY_WITHOUT_FAMILY, 四(一)4); assistance answers the classification with
   * temporary assistance (四(三)1).
   */
  @EventHandler(TemporaryCareStartedV1)
  async onTemporaryCare(e: Envelope<TemporaryCareStartedPayload>): Promise<void> {
    const reason = temporaryCareReason(e.payload);
    await changeCircumstancesOnEvent(this.services, e, 'POLICE', circumstancesInTemporaryCare, reason);
  }

  /**
   * police.temporary-care.ended.v1 (四(二)3): a child handed back to a family (its guardian, a
   * relative or an entrusted guardian) is no longer temporarily without family support; one taken
   * into civil affairs' custody still is.
   */
  @EventHandler(TemporaryCareEndedV1)
  async onTemporaryCareEnded(e: Envelope<TemporaryCareEndedPayload>): Promise<void> {
    const decide = (recorded: StoredCircumstances) => circumstancesAfterTemporaryCare(recorded, e.payload);
    await changeCircumstancesOnEvent(this.services, e, 'POLICE', decide, temporaryCareEndReason(e.payload));
  }
}
