import { Injectable } from '@nestjs/common';
import { GuardianshipRevokedV1, type Envelope, type GuardianshipRevokedPayload } from '@qz/contracts';
import { EventHandler } from '@qz/messaging/nest';
import { applyEventToChild } from '../children/apply-event';
import { ChildRepository } from '../children/child.repository';
import { NO_STORED_CIRCUMSTANCES } from '../classification/circumstances';
import { ClassificationService } from '../classification/classification.service';
import { courtOrderOf, stateGuardianAfter } from './court-order';

/**
 * police.guardianship.revoked (四(二)5, DOMAIN §4 flow 6): the court's order is kept on the child's
 * guardianship, and when it makes civil affairs or a welfare institution the guardian (四(一)2) the
 * child is reclassified — de-facto unsupported, with its history entry and ChildClassified, which
 * assistance answers with the matching proposal (四(三)1). Once per event.
 */
@Injectable()
export class GuardianshipRevokedHandler {
  constructor(
    private readonly children: ChildRepository,
    private readonly classification: ClassificationService,
  ) {}

  @EventHandler(GuardianshipRevokedV1)
  async onRevoked(e: Envelope<GuardianshipRevokedPayload>): Promise<void> {
    const p = e.payload;
    const actor = { kind: 'system' as const, id: `event:${e.producer}`, department: 'POLICE' };
    const order = courtOrderOf(e.id, p);
    await applyEventToChild(this.children, p.childId, e.id, (child) => {
      const courtOrders = [...(child.guardianship?.courtOrders ?? []), order];
      const recorded = { ...NO_STORED_CIRCUMSTANCES, ...child.circumstances };
      const circumstances = { ...recorded, stateGuardianAppointed: stateGuardianAfter(courtOrders) };
      const reason =
        `${p.court} revoked the guardianship of ${p.formerGuardian} on ${p.decidedOn} and appointed ` +
        `${p.newGuardian.name} (${p.newGuardian.kind}), case ${p.caseId} (四(二)5)`;
      return this.classification.changeOnEvent(child, recorded, circumstances, reason, actor, {
        ...child,
        guardianship: { ...(child.guardianship ?? { agreements: [], state: null }), courtOrders },
      });
    });
  }
}
