import { DomainError, type LocalDate } from '@qz/kernel';
import { isRehabAssistanceAge } from '../child-health/child-health.rule';
import type { ChildFacts } from '../facts/child-facts.repository';
import { medicalGroup, premiumBases } from '../facts/facts.rules';

export interface HealthWindowAssessment {
  eligible: boolean;
  rule: string;
  note: string;
}

const MEDICAL_RULE = '四(三)2: medical assistance with a raised ratio and cap for children in difficulty';
const PREMIUM_RULE =
  '四(三)2: the individual premium of basic medical insurance subsidised for 特困, dibao and severely disabled children';
const REHAB_RULE =
  '四(三)2: rehabilitation assistance for disabled children aged 0–6 (with a recorded disability certificate)';

/**
 * 四(三)2 for a part asked for at a township window (四(四)1), on `today`, with the facts this service
 * keeps (benefits, categories, the disability certificate): medical assistance for a child in
 * difficulty; the premium subsidy on a ground of the day; rehabilitation aged 0–6 with a certificate.
 * The figures (expense, cost, institution) come with the claim or rehabilitation application the
 * officer then submits; here only whether the child may have it at all.
 */
export function healthWindowAssessment(
  kind: string,
  facts: ChildFacts,
  birthDate: LocalDate | null,
  today: LocalDate,
): HealthWindowAssessment {
  if (kind === 'MEDICAL_ASSISTANCE') {
    const group = medicalGroup(facts, today);
    return group
      ? { eligible: true, rule: MEDICAL_RULE, note: `eligible as ${group.because} (group ${group.group})` }
      : { eligible: false, rule: MEDICAL_RULE, note: 'the child is not in difficulty (三(一)) on the day' };
  }
  if (kind === 'INSURANCE_PREMIUM_SUBSIDY') {
    const bases = premiumBases(facts, today);
    return bases.length
      ? { eligible: true, rule: PREMIUM_RULE, note: bases.map((b) => b.because).join('; ') }
      : {
          eligible: false,
          rule: PREMIUM_RULE,
          note: 'no ground on the day: no 特困 or dibao benefit, no dibao category, no grade 1–2 certificate',
        };
  }
  if (kind === 'REHAB_ASSISTANCE') {
    if (!birthDate || !isRehabAssistanceAge(birthDate, today))
      return { eligible: false, rule: REHAB_RULE, note: 'the child is not aged 0 to 6' };
    if (!facts.disability || facts.disability.certifiedOn > today)
      return { eligible: false, rule: REHAB_RULE, note: 'no disability certificate is recorded' };
    return {
      eligible: true,
      rule: REHAB_RULE,
      note: `aged 0–6 with a ${facts.disability.type} certificate of ${facts.disability.certifiedOn}`,
    };
  }
  return { eligible: false, rule: '四(四)1', note: `${kind} is not decided by health or the DPF` };
}

/** The health programme (and budget) an approved part becomes an application of; null: no budget. */
export const WINDOW_PART_PROGRAMME: Record<string, 'MEDICAL_ASSISTANCE' | 'REHAB' | undefined> = {
  MEDICAL_ASSISTANCE: 'MEDICAL_ASSISTANCE',
  REHAB_ASSISTANCE: 'REHAB',
};

/** The health application an approved part becomes: one per part, so a retry makes no second. */
export const windowApplicationId = (windowPartId: string) => `window:${windowPartId}`;

/**
 * 四(三)2: the amount of medical or rehabilitation assistance is computed from the expense or cost,
 * so approving such a part needs its figures (`medical`, `rehab`); the premium subsidy is computed
 * from the child's grounds alone and takes none. Figures of another kind are refused, not ignored.
 * Null when the figures fit the part.
 */
export function figuresRefusal(
  kind: string,
  figures: { medical?: object | null; rehab?: object | null },
): DomainError | null {
  const needed = kind === 'MEDICAL_ASSISTANCE' ? 'medical' : kind === 'REHAB_ASSISTANCE' ? 'rehab' : null;
  const other = (['medical', 'rehab'] as const).find((f) => f !== needed && figures[f]);
  if (other)
    return new DomainError(
      'WINDOW_PART_FIGURES_NOT_APPLICABLE',
      `input.${other}: a ${kind} part takes ${needed ? `input.${needed}` : 'no figures'}`,
      'invalid',
      { field: `input.${other}` },
    );
  if (needed && !figures[needed])
    return new DomainError(
      'WINDOW_PART_FIGURES_REQUIRED',
      `input.${needed}: approving a ${kind} part needs the figures its amount is computed from (四(三)2)`,
      'invalid',
      { field: `input.${needed}` },
    );
  return null;
}
