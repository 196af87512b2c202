import {
  categoriesFor,
  isSensitiveCategory,
  mayReadCategory,
  mayReadClassificationReasons,
  type Identity,
} from '@qz/identity';
import type {
  CategoryOverrideModel,
  ChildClassification,
  ClassificationChange,
} from './classification.model';

/**
 * What each reader sees of a child's classification (docs/access.md, "Sensitive categories"): the
 * sensitive categories only to the roles whose work needs them, absent for the others (never a
 * refusal, which would itself say the child is in one); the written reasons only to the roles that
 * see every category. `sensitive` says whether what was shown is to be in the access log.
 */
export type View<T> = { value: T; sensitive: boolean };

/** A reason not shown: absent, like the categories it may name. */
export const WITHHELD_REASON = '';

export function classificationView(
  c: ChildClassification | null,
  identity: Identity,
): View<ChildClassification | null> {
  if (!c) return { value: null, sensitive: false };
  const { shown, sensitive } = categoriesFor(identity, c.categories, (a) => a.category);
  return { value: { ...c, categories: shown }, sensitive };
}

export function historyView(
  changes: readonly ClassificationChange[],
  identity: Identity,
): View<ClassificationChange[]> {
  const reasons = mayReadClassificationReasons(identity);
  const may = (c: string) => mayReadCategory(identity, c);
  const value = changes
    // A change only of categories this reader does not see is not theirs to see at all.
    .filter((ch) => (!ch.added.length && !ch.removed.length) || [...ch.added, ...ch.removed].some(may))
    .map((ch) => ({
      ...ch,
      categories: ch.categories.filter(may),
      added: ch.added.filter(may),
      removed: ch.removed.filter(may),
      reason: reasons ? ch.reason : WITHHELD_REASON,
    }));
  const sensitive =
    (reasons && value.length > 0) ||
    value.some((ch) => [...ch.categories, ...ch.added, ...ch.removed].some(isSensitiveCategory));
  return { value, sensitive };
}

export function overridesView(
  overrides: readonly CategoryOverrideModel[],
  identity: Identity,
): View<CategoryOverrideModel[]> {
  const reasons = mayReadClassificationReasons(identity);
  const { shown, sensitive } = categoriesFor(identity, overrides, (o) => o.category);
  const value = shown.map((o) => ({ ...o, reason: reasons ? o.reason : WITHHELD_REASON }));
  return { value, sensitive: sensitive || (reasons && value.length > 0) };
}
