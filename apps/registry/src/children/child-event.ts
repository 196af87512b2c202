import type { Actor, EventContract } from '@qz/contracts';
import { outgoingAbout, type OutgoingEvent } from '@qz/messaging';

/** An event about one child, ready for the child's outbox: the child is its subject and region. */
export const childEvent = <P>(
  contract: EventContract<P>,
  child: { id: string; regionCode: string },
  actor: Actor,
  at: Date,
  payload: P,
): OutgoingEvent =>
  outgoingAbout(contract, { subject: child.id, regionCode: child.regionCode }, actor, at, payload);

/**
 * The record's names, sex, birth date and region after a write, with the revision that write
 * gives it: every ChildUpdated carries them, so a department's copy is whole after any one of them.
 */
export const recordAfter = (
  child: {
    familyName: string;
    givenName: string;
    sex: string;
    birthDate: string;
    regionCode: string;
    revision: number;
  },
  change: Partial<{ familyName: string; givenName: string; birthDate: string; regionCode: string }> = {},
) => ({
  familyName: change.familyName ?? child.familyName,
  givenName: change.givenName ?? child.givenName,
  sex: child.sex as 'MALE' | 'FEMALE',
  birthDate: change.birthDate ?? child.birthDate,
  regionCode: change.regionCode ?? child.regionCode,
  revision: child.revision + 1,
});
