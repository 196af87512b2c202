import type { StoredReport } from '../cases/case.types';

/**
 * 四(二)3 属于失踪的，要按照儿童失踪快速查找机制及时开展调查: the fast search for a missing child.
 * How it may end: found safe, found harmed, found dead, or back home by the child's own way.
 */
export const SEARCH_OUTCOMES = ['FOUND_SAFE', 'FOUND_HARMED', 'FOUND_DECEASED', 'RETURNED_ON_OWN'] as const;
export type SearchOutcome = (typeof SEARCH_OUTCOMES)[number];

/**
 * While the child is not found, the search is reviewed at least this often: each review records
 * what was done and which further areas and units were told. The policy gives no figure; a day is
 * the project's default, for the city to confirm (docs/services/police.md).
 */
export const SEARCH_REVIEW_HOURS = 24;

/** The case's first report of a missing child, or null when no report says the child is missing. */
export function missingReport(reports: readonly StoredReport[]): StoredReport | null {
  const missing = reports.filter((r) => r.situationType === 'MISSING');
  return missing.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())[0] ?? null;
}

/**
 * The search's own clock: it must start by the missing report's dispatch deadline (the city's SLA
 * for MISSING, 四(二)3 第一时间), and while open is due for review SEARCH_REVIEW_HOURS after it
 * started or was last reviewed.
 */
export const searchStartedOnTime = (report: Pick<StoredReport, 'dispatchDueAt'>, startedAt: Date) =>
  startedAt.getTime() <= report.dispatchDueAt.getTime();

export function nextReviewDueAt(search: { startedAt: Date; reviews: readonly { at: Date }[] }): Date {
  const last = Math.max(search.startedAt.getTime(), ...search.reviews.map((r) => r.at.getTime()));
  return new Date(last + SEARCH_REVIEW_HOURS * 3_600_000);
}

/** An open search past its review time is overdue; an ended one never is. */
export function isSearchOverdue(
  search: { startedAt: Date; reviews: readonly { at: Date }[]; end: unknown | null },
  now: Date,
): boolean {
  return !search.end && now.getTime() > nextReviewDueAt(search).getTime();
}

/** Areas and units told, each once, in the order first told. */
export const distinct = (values: readonly string[]) => [
  ...new Set(values.map((v) => v.trim()).filter(Boolean)),
];
