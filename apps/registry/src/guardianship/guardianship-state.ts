import { GuardianshipLapsedV1, type Actor } from '@qz/contracts';
import type { LocalDate } from '@qz/kernel';
import type { OutgoingEvent } from '@qz/messaging';
import { childEvent } from '../children/child-event';
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
}

export const NO_GUARDIANSHIP: StoredGuardianship = { agreements: [], state: null };

/**
 * The guardianship fields of a child after a change (of agreements, or of left-behind status, or
 * just of the date), and the GuardianshipLapsed event when this is a new gap. Written in the same
 * write as the change, so a gap is never recorded without its alert.
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
  return { guardianship: { agreements, state }, events };
}
