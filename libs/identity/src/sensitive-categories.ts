import type { Identity } from './identity';
import type { Role } from './roles';

/**
 * Categories of 三 that say something sensitive about a child or the family (DOMAIN §6, issue 16
 * finding 4): an illness or disability of the child (三(一)3: 残疾、重病、受艾滋病影响), and a parent
 * who cannot care for the child because of prison, compulsory drug rehabilitation, serious illness
 * or disappearance (事实无人抚养, 三(一)2); a child rescued from trafficking (打拐解救, 三(一)4). Each
 * lists the roles whose work needs it; every other role sees the child's categories without it
 * (absent, never a refusal that would reveal it).
 */
export const SENSITIVE_CATEGORY_READERS: Readonly<Record<string, readonly Role[]>> = {
  // Medical assistance and insurance subsidy (四(三)1–2): health; the ledger: civil affairs.
  AIDS_AFFECTED: ['CIVIL_AFFAIRS_OFFICER', 'CHILD_SOCIAL_WORKER', 'HEALTH_OFFICER', 'COORDINATOR'],
  SERIOUSLY_ILL: ['CIVIL_AFFAIRS_OFFICER', 'CHILD_SOCIAL_WORKER', 'HEALTH_OFFICER', 'COORDINATOR'],
  // Rehabilitation (四(三)2, DPF), special education and 12 years free (四(三)3, the county bureau).
  DISABLED: [
    'CIVIL_AFFAIRS_OFFICER',
    'CHILD_SOCIAL_WORKER',
    'HEALTH_OFFICER',
    'DPF_OFFICER',
    'EDUCATION_OFFICER',
    'COORDINATOR',
  ],
  // A parent in prison or drug rehabilitation, missing, or unable: guardianship interventions and
  // entrusting the child when a parent is detained (四(二)4–5) are police work.
  DE_FACTO_UNSUPPORTED: ['CIVIL_AFFAIRS_OFFICER', 'CHILD_SOCIAL_WORKER', 'POLICE_OFFICER', 'COORDINATOR'],
  // Rescued from trafficking (三(一)4): the police rescue the child and look for the parents, and a
  // child whose parents cannot be found goes to a welfare institution (四(一)2: civil affairs).
  // Nothing of education's, health's or the village's work needs to know it.
  TRAFFICKING_RESCUED: ['CIVIL_AFFAIRS_OFFICER', 'CHILD_SOCIAL_WORKER', 'POLICE_OFFICER', 'COORDINATOR'],
};

/** The coordinator reads sensitive categories only with a stated purpose (like the ledger details). */
const PURPOSE_FROM: readonly Role[] = ['COORDINATOR'];

/**
 * Who reads the written reasons of classification changes and overrides: free text that may name
 * any category's facts ("父亲服刑…"), so only the roles that see every sensitive category.
 */
export const CLASSIFICATION_REASON_READERS: readonly Role[] = Object.values(
  SENSITIVE_CATEGORY_READERS,
).reduce((all, readers) => all.filter((r) => readers.includes(r)));

const grants = (readers: readonly Role[], identity: Identity): boolean => {
  const granting = identity.roles.filter((r) => readers.includes(r));
  return (
    granting.some((r) => !PURPOSE_FROM.includes(r)) || (granting.length > 0 && !!identity.purpose?.trim())
  );
};

export const isSensitiveCategory = (category: string): boolean => category in SENSITIVE_CATEGORY_READERS;

/** Whether this person may see that a child is in the category. */
export function mayReadCategory(identity: Identity, category: string): boolean {
  const readers = SENSITIVE_CATEGORY_READERS[category];
  return !readers || grants(readers, identity);
}

/** Whether this person may read the written reasons of classification changes and overrides. */
export const mayReadClassificationReasons = (identity: Identity): boolean =>
  grants(CLASSIFICATION_REASON_READERS, identity);

/** The categories this person may see, in their order; and whether any shown is sensitive. */
export function categoriesFor<T>(
  identity: Identity,
  items: readonly T[],
  categoryOf: (item: T) => string,
): { shown: T[]; sensitive: boolean } {
  const shown = items.filter((i) => mayReadCategory(identity, categoryOf(i)));
  return { shown, sensitive: shown.some((i) => isSensitiveCategory(categoryOf(i))) };
}
