import type { Actor } from '@qz/contracts';

/** What a provisional record keeps in the identity-number field: never a valid number. */
export const PROVISIONAL_PREFIX = 'PROVISIONAL-';

export type IdentityEvent = 'PROVISIONAL_RECORD' | 'IDENTITY_CONFIRMED' | 'MERGED_FROM' | 'MERGED_INTO';

/** One step in how a child's identity was established. */
export interface IdentityEntry {
  at: Date;
  event: IdentityEvent;
  details: string;
  by: string;
}

export const identityEntry = (
  event: IdentityEvent,
  details: string,
  actor: Actor,
  at: Date,
): IdentityEntry => ({
  at,
  event,
  details,
  by: actor.id,
});
