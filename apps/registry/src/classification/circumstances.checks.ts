import { invalidInput } from '@qz/kernel';
import type { StoredCircumstances } from './circumstances';

/**
 * The recorded circumstances after a change, made consistent or refused. A detail that only makes
 * sense with a fact is refused when the change gives it without the fact (a workplace for a parent
 * not working away, a disability grade without a certificate), and dropped when a change removes
 * the fact (a parent who came home has no workplace away).
 */
export function consistentCircumstances(
  after: StoredCircumstances,
  changes: Partial<StoredCircumstances>,
): StoredCircumstances {
  const out: StoredCircumstances = { ...after, household: { ...after.household } };
  for (const parent of ['father', 'mother'] as const) {
    const workplace = `${parent}Workplace` as const;
    if (out[parent] === 'MIGRANT_WORKER') continue;
    if (changes[workplace])
      throw invalidInput(
        'WORKPLACE_WITHOUT_MIGRANT_PARENT',
        `input.${workplace}`,
        `input.${workplace} is for a parent working away; record the ${parent} as MIGRANT_WORKER`,
      );
    out[workplace] = null;
  }
  if (!out.disabilityCertificate && changes.disability)
    throw invalidInput(
      'DISABILITY_WITHOUT_CERTIFICATE',
      'input.disabilityCertificate',
      'a disability type and grade come from a disability certificate; record disabilityCertificate: true',
    );
  if (!out.disabilityCertificate) out.disability = null;
  if (out.disability && (!out.disability.type || !out.disability.grade))
    throw invalidInput(
      'DISABILITY_INCOMPLETE',
      'input.disabilityType',
      'disabilityType and disabilityGrade go together',
    );
  for (const kind of ['dibao', 'lowIncome'] as const) {
    const from = out.household[`${kind}From`];
    const until = out.household[`${kind}Until`];
    if (from && until && until < from)
      throw invalidInput(
        'CERTIFICATION_PERIOD_INVALID',
        `input.${kind}CertifiedUntil`,
        `input.${kind}CertifiedUntil ${until} is before input.${kind}CertifiedFrom ${from}`,
      );
  }
  return out;
}
