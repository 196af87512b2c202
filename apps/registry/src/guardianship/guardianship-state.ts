import { GuardianshipEscalatedV1, GuardianshipLapsedV1, type Actor } from '@qz/contracts';
import type { LocalDate } from '@qz/kernel';
import type { OutgoingEvent } from '@qz/messaging';
import { childEvent } from '../children/child-event';
import type { CourtGuardianshipOrder } from './court-order';
import { followUpAfter, isDueForEscalation, type GuardianshipFollowUp } from './follow-up.rules';
import {
  guardianshipState,
  isNewAlert,
  type EntrustmentAgreement,
  type GuardianshipState,
} from './guardianship.rules';

/** What the child document keeps about entrusted guardianship. */
export interface StoredGuardianship {
  agreements: EntrustmentAgreement[];
  /** As of the last change or sweep; null while the child is not left-behind. */
  state: GuardianshipState | null;
  /** The township and village's task while a gap lasts (四(一)3); absent on records before it. */
  followUp?: GuardianshipFollowUp | null;
  /** Courts' revocations of a guardian and appointments of another (四(二)5), oldest first. */
  courtOrders?: CourtGuardianshipOrder[];
}

export const NO_GUARDIANSHIP: StoredGuardianship = { agreements: [], state: null, followUp: null };

/**
 * The guardianship fields of a child after a change (of agreements, or of left-behind status, or
 * just of the date), and the GuardianshipLapsed event when this is a new gap. Written in the same
 * write as the change, so a gap is never recorded without its alert. A gap opens a follow-up for
 * the township and the village with its deadline; one still open past the deadline is escalated
 * to police (GuardianshipEscalated), once (四(一)3, 四(二)2).
 */
export function guardianshipAfter(
  child: { id: string; regionCode: string; guardianship?: StoredGuardianship | null },
  leftBehind: boolean,
  agreements: EntrustmentAgreement[],
  on: LocalDate,
  actor: Actor,
  at: Date,
): { guardianship: StoredGuardianship; events: OutgoingEvent[] } {
  const state = guardianshipState(leftBehind, agreements, on);
  const events: OutgoingEvent[] = [];
  if (state && isNewAlert(child.guardianship?.state, state)) {
    events.push(
      childEvent(GuardianshipLapsedV1, child, actor, at, {
        childId: child.id,
        regionCode: child.regionCode,
        situation: state.situation as 'NO_AGREEMENT' | 'AGREEMENT_ENDED' | 'AGREEMENT_ENDING_SOON',
        validUntil: state.validUntil,
        daysLeft: state.daysLeft,
        checkedOn: on,
      }),
    );
  }
  let followUp = followUpAfter(child.guardianship?.followUp, state, on);
  if (state && isDueForEscalation(followUp, on)) {
    const { dueOn } = followUp;
    followUp = { ...followUp, escalatedOn: on };
    events.push(
      childEvent(GuardianshipEscalatedV1, child, actor, at, {
        childId: child.id,
        regionCode: child.regionCode,
        situation: followUp.situation,
        validUntil: state.validUntil,
        openedOn: followUp.openedOn,
        dueOn,
        escalatedOn: on,
      }),
    );
  }
  // The court orders stay as they are: a change of agreements or status does not touch them.
  const courtOrders = child.guardianship?.courtOrders;
  return { guardianship: { agreements, state, followUp, ...(courtOrders ? { courtOrders } : {}) }, events };
}
