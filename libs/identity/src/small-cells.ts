import { isSensitiveCategory } from './sensitive-categories';

/**
 * Small-cell suppression of indicator counts by category (issue 16): a count of children in a
 * sensitive category (sensitive-categories.ts) over a small area names them — "1 child affected by
 * AIDS" in a village of 40 is a person. Indicators are aggregates that go into reports (五(一)
 * 考核), read beside the region's other figures, so the rule depends on the count and the region's
 * level only, never on who asks:
 * - below the township (a village or community), every sensitive count is withheld, zero included:
 *   showing the zeros would make a withheld cell mean "at least one";
 * - at the township and above, a count from 1 to SMALL_CELL_MINIMUM - 1 is withheld; zero and
 *   counts of SMALL_CELL_MINIMUM or more are shown.
 * A withheld count is `null` with `suppressed: true`. Categories that are not sensitive (poverty,
 * orphans, left-behind, ...) are shown as counted.
 */
export const SMALL_CELL_MINIMUM = 5;

/** The levels of 四级网络 below which no sensitive count is shown. */
export type CountedRegionLevel = 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

export interface CategoryCountShown {
  category: string;
  count: number | null;
  suppressed: boolean;
}

export function suppressSmallCells(
  counts: readonly { category: string; count: number }[],
  level: CountedRegionLevel,
): CategoryCountShown[] {
  return counts.map(({ category, count }) => {
    const withheld =
      isSensitiveCategory(category) && (level === 'VILLAGE' || (count > 0 && count < SMALL_CELL_MINIMUM));
    return { category, count: withheld ? null : count, suppressed: withheld };
  });
}
