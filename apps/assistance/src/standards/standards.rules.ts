import type { AssistanceProgramme } from '@qz/contracts';
import { addDays, regionAncestry, type LocalDate } from '@qz/kernel';

/**
 * A standard of one programme in one region for one period (四(三)1): the monthly amount in fen and
 * the uplift for children ("适当提高救助水平" for dibao and temporary assistance). Data, never
 * constants: each county publishes its own, and they change by year.
 */
export interface Standard {
  programme: AssistanceProgramme;
  regionCode: string;
  effectiveFrom: LocalDate;
  /** Last day it applies; null while it is the current standard. */
  effectiveTo: LocalDate | null;
  monthlyAmountFen: number;
  childUpliftPercent: number;
}

const covers = (s: Standard, on: LocalDate) =>
  s.effectiveFrom <= on && (s.effectiveTo === null || on <= s.effectiveTo);

/** The standard of `programme` that applies in `regionCode` on `on`: the most specific region's. */
export function findStandard(
  standards: readonly Standard[],
  programme: AssistanceProgramme,
  regionCode: string,
  on: LocalDate,
): Standard | null {
  for (const region of regionAncestry(regionCode).reverse()) {
    const found = standards.find(
      (s) => s.programme === programme && s.regionCode === region && covers(s, on),
    );
    if (found) return found;
  }
  return null;
}

/**
 * 四(三)1: the monthly amount for a child under a standard: the base amount raised by the child
 * uplift, rounded to the fen (half up). Orphan allowance and 特困 have no uplift (0 %).
 */
export function childMonthlyAmountFen(standard: Pick<Standard, 'monthlyAmountFen' | 'childUpliftPercent'>) {
  return Math.round((standard.monthlyAmountFen * (100 + standard.childUpliftPercent)) / 100);
}

/** Problems in a table of standards: bad amounts, and two periods of one programme and region overlapping. */
export function standardsProblems(standards: readonly Standard[]): string[] {
  const problems: string[] = [];
  standards.forEach((s, i) => {
    const name = `${s.programme} in ${s.regionCode} from ${s.effectiveFrom}`;
    if (!Number.isInteger(s.monthlyAmountFen) || s.monthlyAmountFen < 0)
      problems.push(`${name}: monthlyAmountFen must be a whole number of fen, 0 or more`);
    if (!Number.isInteger(s.childUpliftPercent) || s.childUpliftPercent < 0 || s.childUpliftPercent > 200)
      problems.push(`${name}: childUpliftPercent must be a whole percentage from 0 to 200`);
    if (s.effectiveTo !== null && s.effectiveTo < s.effectiveFrom)
      problems.push(`${name}: effectiveTo is before effectiveFrom`);
    for (const other of standards.slice(i + 1)) {
      if (other.programme !== s.programme || other.regionCode !== s.regionCode) continue;
      const endS = s.effectiveTo ?? '9999-12-31';
      const endO = other.effectiveTo ?? '9999-12-31';
      if (s.effectiveFrom <= endO && other.effectiveFrom <= endS)
        problems.push(`${name}: overlaps the period from ${other.effectiveFrom}`);
    }
  });
  return problems;
}

/**
 * A county publishes a new standard from a date: the period in force then ends the day before, and
 * the new one runs open-ended. Returns the rows to store (the new one and the one it closes), or the
 * problems: a later period already exists, or the new one starts on or before the current one.
 */
export function publishStandard(
  table: readonly Standard[],
  next: Omit<Standard, 'effectiveTo'>,
): { rows: Standard[]; problems: string[] } {
  const same = table.filter((s) => s.programme === next.programme && s.regionCode === next.regionCode);
  const later = same.find((s) => s.effectiveFrom >= next.effectiveFrom);
  if (later) {
    return {
      rows: [],
      problems: [
        `a ${next.programme} standard for ${next.regionCode} already starts on ${later.effectiveFrom}; a new standard starts after every existing one`,
      ],
    };
  }
  const open = same.find((s) => s.effectiveTo === null || s.effectiveTo >= next.effectiveFrom);
  const rows: Standard[] = [{ ...next, effectiveTo: null }];
  if (open) rows.push({ ...open, effectiveTo: addDays(next.effectiveFrom, -1) });
  const merged = [...table.filter((s) => !rows.some((r) => sameKey(r, s))), ...rows];
  return { rows, problems: standardsProblems(merged) };
}

const sameKey = (a: Standard, b: Standard) =>
  a.programme === b.programme && a.regionCode === b.regionCode && a.effectiveFrom === b.effectiveFrom;
