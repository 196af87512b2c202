import { invalidInput } from '@qz/kernel';
import type { StoredCircumstances } from './circumstances';

/** The input fields that would record a disability certificate in the ledger. */
export interface LedgerDisabilityFields {
  disabilityCertificate?: unknown;
  disabilityType?: unknown;
  disabilityGrade?: unknown;
}

/**
 * Issue 15 defect 4 / 四(三)2, 三(一)3: the disability certificate is recorded once, by the DPF
 * (recordDisabilityCertificate in the health service), and the ledger learns it by event. A
 * caseworker's change (updateChildCircumstances) that gives the certificate, its type or its grade (even false, to remove it) is refused
 * with DISABILITY_RECORDED_BY_DPF at that field, naming where to record it: the ledger's copy can
 * never differ from the DPF's record.
 */
export function refuseLedgerDisability(given: LedgerDisabilityFields): void {
  for (const key of ['disabilityCertificate', 'disabilityType', 'disabilityGrade'] as const) {
    if (given[key] === undefined || given[key] === null) continue;
    throw invalidInput(
      'DISABILITY_RECORDED_BY_DPF',
      `input.${key}`,
      `input.${key}: the disability certificate is recorded by the DPF in the health service ` +
        '(recordDisabilityCertificate, role DPF_OFFICER); the ledger takes the certificate, its type and grade ' +
        'and the DISABLED category from that record. Leave disabilityCertificate, disabilityType and ' +
        'disabilityGrade out.',
    );
  }
}

/**
 * The recorded circumstances after a change, made consistent or refused. A detail that only makes
 * sense with a fact is refused when the change gives it without the fact (a workplace for a parent
 * not working away), and dropped when a change removes the fact (a parent who came home has no
 * workplace away). A disability certificate comes only from the DPF's record (its event, or a
 * merged record that had it): a caseworker's change giving one is refused before this
 * (refuseLedgerDisability).
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
  if (!out.disabilityCertificate) out.disability = null;
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
