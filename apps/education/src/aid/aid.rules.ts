/** Education aid of 四(三)3 that the service proposes from a child's categories (三). */
export const AID_KINDS = ['FREE_TWELVE_YEARS', 'CLASSIFIED_AID'] as const;
export type AidKind = (typeof AID_KINDS)[number];

export interface AidProposal {
  kind: AidKind;
  rule: string;
  /** The categories that make the child eligible. */
  basis: string[];
}

const POVERTY = ['POVERTY_DIBAO', 'POVERTY_LOW_INCOME'];

export const FREE_TWELVE_YEARS_RULE =
  '四(三)3: 12 years of free education (compulsory and senior secondary) for orphans and for disabled children of families in economic difficulty';
export const CLASSIFIED_AID_RULE =
  '四(三)3: classified education aid for children in difficulty at pre-school and basic education';

/**
 * What aid the child is entitled to propose, if any: 12 years free for orphans and poor disabled
 * children; classified aid for every other difficulty category. Left-behind alone gives none.
 * The two do not stack: the 12 free years include what classified aid would pay.
 */
export function proposedAid(categories: readonly string[]): AidProposal | null {
  const has = (c: string) => categories.includes(c);
  const poor = POVERTY.filter(has);
  if (has('ORPHAN')) return { kind: 'FREE_TWELVE_YEARS', rule: FREE_TWELVE_YEARS_RULE, basis: ['ORPHAN'] };
  if (has('DISABLED') && poor.length)
    return { kind: 'FREE_TWELVE_YEARS', rule: FREE_TWELVE_YEARS_RULE, basis: ['DISABLED', ...poor] };
  const difficulty = categories.filter((c) => c !== 'LEFT_BEHIND');
  if (difficulty.length) return { kind: 'CLASSIFIED_AID', rule: CLASSIFIED_AID_RULE, basis: difficulty };
  return null;
}

/**
 * 四(三)3 for education aid asked for at a township window (四(四)1): eligible when the child's
 * categories give aid (the kind and its rule); refused when they give none. A child the registry
 * has not yet announced here waits for the bureau on arrival, and cannot be approved until it is.
 */
export function aidWindowAssessment(
  categories: readonly string[] | null,
  stage: 'arrival' | 'decision',
): {
  eligible: boolean;
  rule: string;
  note: string;
} {
  if (categories === null)
    return {
      eligible: stage === 'arrival',
      rule: CLASSIFIED_AID_RULE,
      note: 'the child is not known to the education bureau yet (no registry record has arrived)',
    };
  const aid = proposedAid(categories);
  if (!aid)
    return {
      eligible: false,
      rule: CLASSIFIED_AID_RULE,
      note: `no category of the child gives education aid (${categories.join(', ') || 'none'})`,
    };
  return { eligible: true, rule: aid.rule, note: `${aid.kind} on the ground of ${aid.basis.join(', ')}` };
}

/** What approving a window part does to the child's aid proposal of the kind its categories give. */
export type WindowAidStep = 'propose' | 'confirm' | 'link' | 'linked' | 'rejected';

/**
 * 四(三)3 and 四(四)1: education aid approved at a township window is the bureau's aid record of
 * the child: no proposal yet (or one withdrawn) is proposed and confirmed; a proposed one is
 * confirmed; a confirmed one is linked to the part (it keeps the first part that named it); one the
 * bureau rejected is not confirmed behind its back (the officer rejects the part, or reverses it).
 */
export function windowAidStep(
  existing: { status: string; windowPartId?: string | null } | null,
): WindowAidStep {
  if (!existing || existing.status === 'WITHDRAWN') return 'propose';
  if (existing.status === 'PROPOSED') return 'confirm';
  if (existing.status === 'REJECTED') return 'rejected';
  return existing.windowPartId ? 'linked' : 'link';
}
