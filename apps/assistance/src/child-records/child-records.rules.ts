import { overlaps, type BenefitStatus } from '../benefits/benefit.rules';

interface ProposalLike {
  id: string;
  programme: string;
  status: string;
  proposedAt: Date;
}

interface BenefitLike {
  id: string;
  programme: string;
  status: BenefitStatus;
  startDate: string;
  endDate: string | null;
  grantedAt: Date;
}

const byTime =
  <T>(at: (x: T) => Date) =>
  (a: T, b: T) =>
    +at(a) - +at(b);

/**
 * Issue 15 "merges carry everything", 四(三)1 (应保尽保, and one proposal per programme): once a
 * provisional record's proposals are the surviving record's, the pending ones that repeat what
 * the child already has — a benefit of the programme not ended, or an earlier pending proposal of
 * it — are the ids to withdraw. The earliest pending proposal of a programme stays.
 */
export function duplicateProposalsAfterMerge(
  proposals: readonly ProposalLike[],
  benefits: readonly Pick<BenefitLike, 'programme' | 'status'>[],
): string[] {
  const pending = proposals.filter((p) => p.status === 'PENDING').sort(byTime((p) => p.proposedAt));
  const kept = new Set(benefits.filter((b) => b.status !== 'ENDED').map((b) => b.programme));
  const duplicates: string[] = [];
  for (const p of pending) {
    if (kept.has(p.programme)) duplicates.push(p.id);
    else kept.add(p.programme);
  }
  return duplicates;
}

/**
 * Issue 15 "merges carry everything", 四(三)1 (one child, paid once): once a provisional record's
 * benefits are the surviving record's, a benefit not ended that overlaps an earlier-granted one of
 * the same programme would pay the child twice. Its id is returned, to be suspended until a
 * caseworker ends one of the two.
 */
export function overlappingBenefitsAfterMerge(benefits: readonly BenefitLike[]): string[] {
  const open = benefits.filter((b) => b.status !== 'ENDED').sort(byTime((b) => b.grantedAt));
  return open
    .filter((b, i) => open.slice(0, i).some((e) => e.programme === b.programme && overlaps(e, b)))
    .filter((b) => b.status === 'ACTIVE')
    .map((b) => b.id);
}
