import type { AssistanceProgramme } from '@qz/contracts';
import type { LocalDate } from '@qz/kernel';
import type { MedicalGroup, PremiumBasis } from '../policy/policy.rules';
import type { ChildFacts } from './child-facts.repository';
import type { KnownBenefit } from './child-facts.schema';

/** Programmes the child receives on `on`: active, started, not past the last day paid. */
export function activeProgrammes(facts: ChildFacts, on: LocalDate): AssistanceProgramme[] {
  return Object.values(facts.benefits)
    .filter((b) => b.status === 'ACTIVE' && b.startDate <= on && (b.endDate === null || on <= b.endDate))
    .map((b) => b.programme);
}

const has = (facts: ChildFacts, category: string) => facts.categories.includes(category);

/** Grades 1 and 2 of the disability certificate are 重残 (severe disability). */
export const isSevere = (facts: ChildFacts, on: LocalDate) =>
  !!facts.disability && facts.disability.grade <= 2 && facts.disability.certifiedOn <= on;

/**
 * Rule 四(三)2 (insurance premium): the grounds the child has on `on` for a subsidy of the individual
 * contribution — 特困 support (full), a dibao household or a severe disability (partial).
 */
export function premiumBases(facts: ChildFacts, on: LocalDate): { basis: PremiumBasis; because: string }[] {
  const programmes = activeProgrammes(facts, on);
  const out: { basis: PremiumBasis; because: string }[] = [];
  if (programmes.includes('TEKUN_SUPPORT'))
    out.push({
      basis: 'TEKUN',
      because: '四(三)2: in 特困 support (assistance benefit TEKUN_SUPPORT): full subsidy',
    });
  if (programmes.includes('DIBAO'))
    out.push({
      basis: 'DIBAO',
      because: '四(三)2: child of a dibao household (assistance benefit DIBAO): partial subsidy',
    });
  else if (has(facts, 'POVERTY_DIBAO'))
    out.push({
      basis: 'DIBAO',
      because: '四(三)2: child of a dibao household (registry category POVERTY_DIBAO): partial subsidy',
    });
  if (isSevere(facts, on))
    out.push({
      basis: 'SEVERELY_DISABLED',
      because: `四(三)2: severely disabled child (certificate grade ${facts.disability?.grade}): partial subsidy`,
    });
  return out;
}

/**
 * Rule 四(三)2 (medical assistance, raised ratio and cap for children in difficulty): the group
 * whose standard applies on `on`, or null when the child is not eligible that day. The registry's
 * categories count from the day the child was classified in difficulty.
 */
export function medicalGroup(
  facts: ChildFacts,
  on: LocalDate,
): { group: MedicalGroup; because: string } | null {
  const programmes = activeProgrammes(facts, on);
  const classified = facts.difficultySince !== null && facts.difficultySince <= on;
  if (programmes.includes('TEKUN_SUPPORT')) return { group: 'TEKUN', because: 'in 特困 support' };
  if (programmes.includes('ORPHAN_ALLOWANCE') || (classified && has(facts, 'ORPHAN')))
    return { group: 'ORPHAN', because: 'an orphan' };
  if (programmes.includes('DIBAO') || (classified && has(facts, 'POVERTY_DIBAO')))
    return { group: 'DIBAO', because: 'child of a dibao household' };
  if (classified)
    return { group: 'OTHER_DIFFICULTY', because: `a child in difficulty (${facts.categories.join(', ')})` };
  return null;
}

/** The first day from which the child is eligible for medical assistance as the facts stand. */
export function eligibleSince(facts: ChildFacts): LocalDate | null {
  const dates = Object.values(facts.benefits)
    .filter((b) => b.status === 'ACTIVE' && b.programme !== 'TEMPORARY_ASSISTANCE')
    .map((b) => b.startDate);
  if (facts.difficultySince) dates.push(facts.difficultySince);
  return dates.sort()[0] ?? null;
}

/**
 * Issue 15 "merges carry everything", 四(三)2: a provisional record merged into the child's real
 * one — the benefits health knew of under the merged id are the surviving child's too (the premium
 * subsidy reads them), each as its latest event left it (the newer `occurredAt` wins). The
 * surviving child's benefits after the merge, or null when nothing changes.
 */
export function benefitsAfterMerge(
  merged: Readonly<Record<string, KnownBenefit>>,
  surviving: Readonly<Record<string, KnownBenefit>>,
): Record<string, KnownBenefit> | null {
  const after = { ...surviving };
  let changed = false;
  for (const [key, b] of Object.entries(merged)) {
    const held = after[key];
    if (held && Date.parse(held.occurredAt) >= Date.parse(b.occurredAt)) continue;
    after[key] = b;
    changed = true;
  }
  return changed ? after : null;
}
