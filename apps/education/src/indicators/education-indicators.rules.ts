import { daysBetween, type LocalDate, type Period } from '@qz/kernel';
import type { DropoutCase } from '../dropout/dropout-case.repository';

type Case = Pick<DropoutCase, 'openedOn' | 'returnedOn' | 'status' | 'reportDueOn' | 'report' | 'escalation'>;

export interface EducationIndicatorValues {
  openDropoutCases: number;
  dropoutCasesOpened: number;
  returnedToSchool: number;
  meanDaysToReturn: number | null;
  overdueReports: number;
  escalations: number;
}

const within = (d: LocalDate | null | undefined, p: Period) => !!d && d >= p.from && d <= p.to;

/**
 * The written report was late: submitted after its due day, or still missing (the case flagged)
 * with the due day passed as of today.
 */
const reportLate = (c: Case, today: LocalDate) =>
  !!c.reportDueOn &&
  (c.report ? c.report.submittedOn > c.reportDueOn : c.status === 'FLAGGED' && today > c.reportDueOn);

/**
 * Education's part of the indicators (docs/domain/indicators.md; 四(二)6 控辍保学) for the cases of a region:
 * - open dropout cases: registered by the end of the period and not returned by then;
 * - cases opened in the period;
 * - returned to school in the period, and the mean calendar days from registration to return
 *   (one decimal; null when none returned);
 * - overdue reports: written reports falling due in the period that were late or are missing;
 * - escalations to the county government in the period.
 */
export function educationIndicators(
  cases: readonly Case[],
  period: Period,
  today: LocalDate,
): EducationIndicatorValues {
  const returned = cases.filter((c) => within(c.returnedOn, period));
  const days = returned.map((c) => daysBetween(c.openedOn, c.returnedOn as string));
  return {
    openDropoutCases: cases.filter(
      (c) => c.openedOn <= period.to && (!c.returnedOn || c.returnedOn > period.to),
    ).length,
    dropoutCasesOpened: cases.filter((c) => within(c.openedOn, period)).length,
    returnedToSchool: returned.length,
    meanDaysToReturn: days.length
      ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10
      : null,
    overdueReports: cases.filter((c) => within(c.reportDueOn, period) && reportLate(c, today)).length,
    escalations: cases.filter((c) => within(c.escalation?.on, period)).length,
  };
}
