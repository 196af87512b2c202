import { isAgeWithin, type LocalDate } from '@qz/kernel';
import type { Category, Classification } from './classification.rules';

/** A person's decision to put a child in a category, or take it out, against what the rules give. */
export interface CategoryOverride {
  category: Category;
  /** true: the child is in the category; false: the child is not. */
  include: boolean;
  reason: string;
  decidedBy: string;
  decidedAt: Date;
}

/**
 * Applies the overrides to what the rules computed. Each category an override adds names the
 * override's reason as its rule. An override cannot keep a child left-behind from the 16th
 * birthday (三(二) sets the age by law), so that one lapses on its own.
 */
export function applyOverrides(
  computed: Classification,
  overrides: readonly CategoryOverride[],
  birthDate: LocalDate,
  on: LocalDate,
): Classification {
  let categories = [...computed.categories];
  for (const o of overrides) {
    categories = categories.filter((c) => c.category !== o.category);
    if (!o.include) continue;
    if (o.category === 'LEFT_BEHIND' && !isAgeWithin(birthDate, on, 0, 16)) continue;
    categories.push({ category: o.category, rule: `override by ${o.decidedBy}: ${o.reason}` });
  }
  const leftBehind = categories.some((c) => c.category === 'LEFT_BEHIND');
  const inDifficulty = categories.some((c) => c.category !== 'LEFT_BEHIND');
  return { categories, leftBehind, inDifficulty, protectedAsChildInDifficulty: leftBehind && inDifficulty };
}
