import type { Actor } from '@qz/contracts';
import type { StoredCircumstances } from '../classification/circumstances';

/** What a provisional record keeps in the identity-number field: never a valid number. */
export const PROVISIONAL_PREFIX = 'PROVISIONAL-';

export type IdentityEvent =
  'PROVISIONAL_RECORD' | 'IDENTITY_CONFIRMED' | 'MERGED_FROM' | 'MERGED_INTO' | 'RECORD_CHANGED';

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

/** The situations of 三(一) a record can have found (a rescue, a street child, ...). */
const SITUATIONS = [
  'seriousIllness',
  'aidsAffected',
  'abandonedInfant',
  'streetChild',
  'traffickingRescued',
  'temporarilyWithoutFamily',
] as const;
type Situation = (typeof SITUATIONS)[number];

/**
 * What a merged provisional record found that the surviving record has not recorded: a situation
 * recorded on either record holds for the child (a rescued child stays rescued once identified).
 */
export function situationsToCarry(
  provisional: Partial<Record<Situation, boolean>> | undefined,
  surviving: Partial<Record<Situation, boolean>> | undefined,
): Partial<Record<Situation, true>> {
  const carried: Partial<Record<Situation, true>> = {};
  for (const s of SITUATIONS) if (provisional?.[s] && !surviving?.[s]) carried[s] = true;
  return carried;
}

/**
 * The DPF's disability certificate on a merged provisional record (issue 15 defect 4): carried to
 * the surviving record when that has none, or an older record of the DPF's. The health service
 * applies the same rule to its own records on the same merge, so the two stay the same.
 */
export function certificateToCarry(
  provisional: Pick<StoredCircumstances, 'disabilityCertificate' | 'disability'> | undefined,
  surviving: Pick<StoredCircumstances, 'disabilityCertificate' | 'disability'> | undefined,
): Pick<StoredCircumstances, 'disabilityCertificate' | 'disability'> | null {
  if (!provisional?.disabilityCertificate) return null;
  const theirs = provisional.disability?.recordedAt;
  const ours = surviving?.disabilityCertificate ? surviving.disability?.recordedAt : undefined;
  if (surviving?.disabilityCertificate && (!theirs || (ours && Date.parse(ours) >= Date.parse(theirs))))
    return null;
  return { disabilityCertificate: true, disability: provisional.disability ?? null };
}
