import { Inject, Injectable } from '@nestjs/common';
import type { DispatchOverduePayload, Envelope } from '@qz/contracts';
import { regionCovers, type Identity } from '@qz/identity';
import { domainError, type Clock } from '@qz/kernel';
import { CLOCK, outOfRegion } from '@qz/platform';
import { checkPageSize, decodeCursor, encodeCursor, toConnection } from '../children/child-list.query';
import { EscalationErrors } from './escalation.errors';
import type { EscalationConnection } from './escalation.model';
import { EscalationRepository, type Escalation } from './escalation.repository';
import { overdueDispatchEntry, partiesOf } from './escalation.rules';

/**
 * The coordinator's and the township's queue of what another department did not do in time
 * (issue 15): each entry waits until each of them acknowledges it.
 */
@Injectable()
export class EscalationService {
  constructor(
    private readonly escalations: EscalationRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** police.dispatch.overdue: the case's entry, once (a second event of the case adds nothing). */
  raiseOverdueDispatch(event: Envelope<DispatchOverduePayload>): Promise<boolean> {
    return this.escalations.raise(overdueDispatchEntry(event.id, event.payload, this.clock.now()));
  }

  /** The asker's office's queue in a region's subtree: entries it has not acknowledged, oldest first. */
  async unacknowledged(
    viewer: Identity,
    regionCode: string,
    first: number,
    after: string | null,
  ): Promise<EscalationConnection> {
    checkPageSize(first);
    const afterId = after ? decodeCursor(after) : null;
    const [party] = partiesOf(viewer.roles);
    if (!party) throw EscalationErrors.notAParty();
    const page = await this.escalations.awaiting(party, regionCode, first, afterId);
    return toConnection(page, (e) => encodeCursor(e.id), toModel);
  }

  /** Records the asker's office's acknowledgement (every office the asker's roles act for that owes one). */
  async acknowledge(viewer: Identity, escalationId: string, note: string) {
    const text = note.trim();
    if (!text) throw domainError('FIELD_REQUIRED', { field: 'input.note' }, 'input.note must not be blank');
    const parties = partiesOf(viewer.roles);
    if (!parties.length) throw EscalationErrors.notAParty();
    const found = await this.escalations.findById(escalationId);
    if (!found) throw EscalationErrors.notFound(escalationId);
    // The entry's region is checked before anything is written.
    if (!regionCovers(viewer.regionCode, found.regionCode)) throw outOfRegion(`Escalation ${escalationId}`);
    let acknowledged = false;
    for (const party of parties) {
      const ack = { party, by: viewer.userId, byName: viewer.name ?? null, at: this.clock.now(), note: text };
      if (await this.escalations.acknowledge(escalationId, ack)) acknowledged = true;
    }
    if (!acknowledged) throw EscalationErrors.alreadyAcknowledged(escalationId, parties);
    return toModel((await this.escalations.findById(escalationId)) as Escalation);
  }
}

export const toModel = (e: Escalation) => ({
  id: e.id,
  kind: e.kind,
  caseId: e.caseId,
  childId: e.childId,
  regionCode: e.regionCode,
  situationType: e.situationType,
  receivedAt: e.receivedAt,
  dispatchDueAt: e.dispatchDueAt,
  slaMinutes: e.slaMinutes,
  minutesOverdue: e.minutesOverdue,
  detectedAt: e.detectedAt,
  raisedAt: e.raisedAt,
  awaitingCoordinator: e.awaitingCoordinator,
  awaitingTownship: e.awaitingTownship,
  acknowledgements: e.acknowledgements.map((a) => ({ ...a })),
});
