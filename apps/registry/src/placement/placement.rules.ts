import { addDays, type LocalDate } from '@qz/kernel';
import type { ParentStatus } from '../classification/classification.rules';

/** 四(一)2: the ways a child in the orphan placement channel is placed. */
export const PLACEMENT_TYPES = ['KINSHIP_CARE', 'INSTITUTION', 'FOSTER_FAMILY', 'ADOPTION'] as const;
export type PlacementType = (typeof PLACEMENT_TYPES)[number];

/** Why the ledger lets civil affairs decide a placement for the child (四(一)2), as it knew then. */
export const PLACEMENT_GROUNDS = [
  'ORPHAN',
  'ABANDONED_INFANT',
  'NO_CAPABLE_GUARDIAN',
  'STATE_GUARDIAN_BY_COURT',
  'RESCUED_PARENTS_NOT_FOUND',
] as const;
export type PlacementGround = (typeof PLACEMENT_GROUNDS)[number];

/** 四(一)4: a visit to the placed child, or the follow-up assessment of an adoptive family's care. */
export const FOLLOW_UP_KINDS = ['VISIT', 'ADOPTION_ASSESSMENT'] as const;
export type PlacementFollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** How the carer raises and looks after the child, as the visitor or assessor judged it. */
export const CARE_ASSESSMENTS = ['SATISFACTORY', 'NEEDS_SUPPORT', 'UNSATISFACTORY'] as const;
export type CareAssessment = (typeof CARE_ASSESSMENTS)[number];

export interface PlacementFollowUp {
  id: string;
  kind: PlacementFollowUpKind;
  on: LocalDate;
  by: string;
  findings: string;
  careAssessment: CareAssessment;
  recordedBy: string;
}

/** A placement decision as the ledger keeps it (四(一)2), with its follow-ups (四(一)4). */
export interface StoredPlacement {
  id: string;
  type: PlacementType;
  grounds: PlacementGround[];
  /** The deciding body (e.g. 钦南区民政局, a court's adoption registration office). */
  decidedBy: string;
  decidedOn: LocalDate;
  startDate: LocalDate;
  /** The relative, institution, foster family or adoptive parents who care for the child. */
  carerName: string;
  carerRelationship: string | null;
  reason: string;
  /** The last day the placement was in force; null while it is. */
  endedOn: LocalDate | null;
  endedReason: string | null;
  followUps: PlacementFollowUp[];
  recordedBy: string;
}

/** What the ledger knows of the child that decides whether a placement may be decided. */
export interface PlacementFacts {
  /** The child's current categories (三(一)), overrides included. */
  categories: readonly string[];
  father: ParentStatus | null;
  mother: ParentStatus | null;
  /** The latest court order made civil affairs or a welfare institution the guardian (四(二)5). */
  stateGuardianByCourt: boolean;
  /** The latest court order appointed a relative or another person as guardian. */
  otherGuardianByCourt: boolean;
  /** An entrusted guardianship agreement is in force on the day (四(一)3). */
  entrustedGuardian: boolean;
}

/** A parent the police could not find or who is dead: not someone the child goes back to. */
const notFound = (s: ParentStatus | null) => s === null || s === 'MISSING' || s === 'DECEASED';

/**
 * 四(一)2: the grounds on which civil affairs places the child — in the orphan placement channel
 * (an orphan, or an abandoned infant), parents without guardianship capacity and no other guardian
 * (事实无人抚养 with no entrusted or court-appointed guardian), a court's order making civil
 * affairs or a welfare institution the guardian, or rescued from trafficking with neither parent
 * found (each unknown, missing or dead) and no other guardian. Empty: no placement is decided.
 */
export function placementGrounds(f: PlacementFacts): PlacementGround[] {
  const has = (c: string) => f.categories.includes(c);
  const noOtherGuardian = !f.entrustedGuardian && !f.otherGuardianByCourt;
  const grounds: [PlacementGround, boolean][] = [
    ['ORPHAN', has('ORPHAN')],
    ['ABANDONED_INFANT', has('ABANDONED_INFANT')],
    ['NO_CAPABLE_GUARDIAN', has('DE_FACTO_UNSUPPORTED') && noOtherGuardian],
    ['STATE_GUARDIAN_BY_COURT', f.stateGuardianByCourt],
    [
      'RESCUED_PARENTS_NOT_FOUND',
      has('TRAFFICKING_RESCUED') && notFound(f.father) && notFound(f.mother) && noOtherGuardian,
    ],
  ];
  return grounds.filter(([, applies]) => applies).map(([g]) => g);
}

/** The placement in force on a day: started, and not ended before it. */
export const placementOn = (placements: readonly StoredPlacement[], on: LocalDate) =>
  placements.find((p) => p.startDate <= on && (!p.endedOn || on <= p.endedOn));

/** Why a new placement cannot start on `startDate` after the recorded ones, or null when it can. */
export function overlapWith(placements: readonly StoredPlacement[], startDate: LocalDate) {
  const last = placements.at(-1);
  if (!last) return null;
  return startDate <= last.startDate || (last.endedOn && startDate <= last.endedOn) ? last : null;
}

/**
 * 四(一)2: a new decision (a child moved from an institution to a foster family, or adopted) ends
 * the placement in force the day before the new one starts; the history keeps both.
 */
export function placementsAfterDecision(
  placements: readonly StoredPlacement[],
  next: StoredPlacement,
): StoredPlacement[] {
  const closed = placements.map((p) =>
    p.endedOn
      ? p
      : { ...p, endedOn: addDays(next.startDate, -1), endedReason: `replaced by placement ${next.id}` },
  );
  return [...closed, next];
}

export type FollowUpTarget =
  | { ok: true; placement: StoredPlacement }
  | { ok: false; reason: 'BEFORE_PLACEMENT' | 'NOT_IN_FORCE' | 'NOT_ADOPTION' };

/**
 * 四(一)4: a follow-up belongs to the placement in force on its day; it cannot come before the
 * child was first placed, nor after the placement ended. The follow-up assessment of the care
 * (收养跟踪评估) is for an adoption only; a visit is for any placement.
 */
export function followUpTarget(
  placements: readonly StoredPlacement[],
  on: LocalDate,
  kind: PlacementFollowUpKind,
): FollowUpTarget {
  const first = placements[0];
  if (!first || on < first.startDate) return { ok: false, reason: 'BEFORE_PLACEMENT' };
  const placement = placementOn(placements, on);
  if (!placement) return { ok: false, reason: 'NOT_IN_FORCE' };
  if (kind === 'ADOPTION_ASSESSMENT' && placement.type !== 'ADOPTION')
    return { ok: false, reason: 'NOT_ADOPTION' };
  return { ok: true, placement };
}

/** The placement in force today (the last one, unless it ended). */
export const currentPlacement = <T extends Pick<StoredPlacement, 'endedOn'>>(placements: readonly T[]) => {
  const last = placements.at(-1);
  return last && !last.endedOn ? last : null;
};
