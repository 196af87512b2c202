import { SITUATION_TYPES, type SituationType } from '@qz/contracts';
import { regionCovers } from '@qz/identity';
import { localDateInChina, type LocalDate } from '@qz/kernel';
import { isAssessmentOverdue } from '../assessment/assessment.rules';
import { isDispatchOverdue, minutesBetween } from '../cases/response.rules';
import type { CaseStatus } from '../cases/case.types';

/** What the indicators read of a case. */
export interface IndicatorCase {
  status: CaseStatus;
  regionCode: string;
  reports: {
    situationType: SituationType;
    receivedAt: Date;
    /** Where the report was made, when the case has moved since (the case's region otherwise). */
    reportedInRegionCode?: string;
  }[];
  dispatchDueAt: Date;
  dispatch: { dispatchedAt: Date; withinSla: boolean } | null;
  notification: { assessmentDueOn: string; townshipCode?: string } | null;
  assessment: { assessedOn: string } | null;
  interventions?: { decidedOn: string }[] | null;
  petitions?: { filedOn: string }[] | null;
}

export interface PoliceIndicatorValues {
  reportsReceived: number;
  reportsBySituation: { situationType: SituationType; reports: number }[];
  casesDispatched: number;
  medianMinutesToDispatch: number | null;
  worstMinutesToDispatch: number | null;
  dispatchesOverdue: number;
  assessmentsDue: number;
  assessmentsOverdue: number;
  interventions: number;
  revocationPetitions: number;
}

const within = (day: LocalDate, p: { from: LocalDate; to: LocalDate }) => day >= p.from && day <= p.to;

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * docs/domain/indicators.md, the police part, for the cases of a region's subtree and a period (China dates):
 * - reports received in the period, by situation type (四(二)2);
 * - for cases whose first report came in the period: minutes from that report to the first
 *   dispatch (median and worst, dispatched cases only), and dispatches overdue: dispatched after
 *   the SLA, or still not dispatched past it as of now (四(二)3 第一时间出警);
 * - assessments due in the period: those recorded after the due day, or still missing after it
 *   as of today, are overdue (四(二)4);
 * - interventions decided and revocation petitions filed in the period (四(二)5).
 *
 * Each step counts for the region that answered for it when it was taken, so a child who moves
 * (the case follows to the new county) does not carry the old county's record along: a report for
 * where it was made, the dispatch for where the case's first report was made, the assessment for
 * the township notified, interventions and petitions for where the case is now.
 */
export function policeIndicators(
  cases: readonly IndicatorCase[],
  regionCode: string,
  period: { from: LocalDate; to: LocalDate },
  now: Date,
): PoliceIndicatorValues {
  const covers = (code: string) => regionCovers(regionCode, code);
  const madeIn = (c: IndicatorCase, r: IndicatorCase['reports'][number]) =>
    r.reportedInRegionCode ?? c.regionCode;
  const inRegion = cases.filter((c) => covers(c.regionCode));
  const today = localDateInChina(now);
  const reports = cases
    .flatMap((c) => c.reports.filter((r) => covers(madeIn(c, r))))
    .filter((r) => within(localDateInChina(r.receivedAt), period));
  const bySituation = new Map<SituationType, number>(SITUATION_TYPES.map((t) => [t, 0]));
  for (const r of reports) bySituation.set(r.situationType, (bySituation.get(r.situationType) ?? 0) + 1);

  const firstReport = (c: IndicatorCase) =>
    c.reports.reduce((a, b) => (b.receivedAt.getTime() < a.receivedAt.getTime() ? b : a));
  const opened = cases.filter((c) => {
    if (!c.reports.length) return false;
    const first = firstReport(c);
    return covers(madeIn(c, first)) && within(localDateInChina(first.receivedAt), period);
  });
  const dispatched = opened.flatMap((c) => (c.dispatch ? [{ c, at: c.dispatch.dispatchedAt }] : []));
  const minutes = dispatched.map(({ c, at }) => minutesBetween(firstReport(c).receivedAt, at));
  const dispatchesOverdue = opened.filter((c) =>
    c.dispatch ? !c.dispatch.withinSla : isDispatchOverdue(c, now),
  ).length;

  const due = cases.flatMap((c) =>
    c.notification &&
    covers(c.notification.townshipCode ?? c.regionCode) &&
    within(c.notification.assessmentDueOn, period)
      ? [{ dueOn: c.notification.assessmentDueOn, assessedOn: c.assessment?.assessedOn ?? null }]
      : [],
  );
  const assessmentsOverdue = due.filter(({ dueOn, assessedOn }) =>
    assessedOn ? assessedOn > dueOn : isAssessmentOverdue(dueOn, today),
  ).length;

  return {
    reportsReceived: reports.length,
    reportsBySituation: [...bySituation].map(([situationType, n]) => ({ situationType, reports: n })),
    casesDispatched: dispatched.length,
    medianMinutesToDispatch: median(minutes),
    worstMinutesToDispatch: minutes.length ? Math.max(...minutes) : null,
    dispatchesOverdue,
    assessmentsDue: due.length,
    assessmentsOverdue,
    interventions: inRegion.flatMap((c) => c.interventions ?? []).filter((i) => within(i.decidedOn, period))
      .length,
    revocationPetitions: inRegion.flatMap((c) => c.petitions ?? []).filter((p) => within(p.filedOn, period))
      .length,
  };
}
