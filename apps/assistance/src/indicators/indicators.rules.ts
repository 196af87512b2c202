import { ASSISTANCE_PROGRAMMES } from '@qz/contracts';
import { type LocalDate, type WorkingCalendar } from '@qz/kernel';
import { overdueStep, type ApplicationState } from '../intake/application.rules';
import { monthOf } from '../shared/dates';

/**
 * docs/domain/indicators.md and 五(一) 考核, assistance's part: for a region and a period, the children covered
 * by each programme, the children who qualify but are not covered (应保尽保), the applications the
 * windows received and how many missed a deadline, and what the payment rolls paid.
 */

/** The months a period touches, `YYYY-MM`, in order. */
export function monthsOf(from: LocalDate, to: LocalDate): string[] {
  const months: string[] = [];
  let [y, m] = monthOf(from).split('-').map(Number);
  const last = monthOf(to);
  for (;;) {
    const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    if (month > last) return months;
    months.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

interface BenefitTerm {
  childId: string;
  programme: string;
  startDate: LocalDate;
  endDate: LocalDate | null;
}

/** A benefit covers its child in a period when its term (start to end, or open) meets the period. */
export const coversPeriod = (b: BenefitTerm, from: LocalDate, to: LocalDate): boolean =>
  b.startDate <= to && (b.endDate === null || b.endDate >= from);

/** The children covered in a period, per programme (every programme listed) and in all. */
export function childrenCovered(benefits: readonly BenefitTerm[], from: LocalDate, to: LocalDate) {
  const covering = benefits.filter((b) => coversPeriod(b, from, to));
  const children = (programme?: string) =>
    new Set(covering.filter((b) => !programme || b.programme === programme).map((b) => b.childId)).size;
  return {
    byProgramme: ASSISTANCE_PROGRAMMES.map((programme) => ({ programme, children: children(programme) })),
    total: children(),
  };
}

/** The gaps of 应保尽保: (child, programme) pairs qualifying without cover, and the children with one. */
export function gapCounts(gaps: readonly { childId: string }[]) {
  return { gaps: gaps.length, children: new Set(gaps.map((g) => g.childId)).size };
}

type Received = ApplicationState & { receivedOn: LocalDate };

/**
 * An application missed its deadline when a step was done after its due day, or its open step is
 * past due today (四(四)1 working-day deadlines).
 */
export function missedDeadline(a: ApplicationState, today: LocalDate, cal: WorkingCalendar): boolean {
  const late = (s: { dueOn: LocalDate; doneOn: LocalDate | null } | null) =>
    !!s?.doneOn && s.doneOn > s.dueOn;
  return late(a.review) || late(a.approval) || overdueStep(a, today, cal) !== null;
}

/** The applications received in the period, and how many of them missed a deadline. */
export function applicationCounts(
  applications: readonly Received[],
  from: LocalDate,
  to: LocalDate,
  today: LocalDate,
  cal: WorkingCalendar,
) {
  const received = applications.filter((a) => a.receivedOn >= from && a.receivedOn <= to);
  return { received: received.length, overdue: received.filter((a) => missedDeadline(a, today, cal)).length };
}

/** What the rolls of the period's months paid for the benefits of the region, in fen. */
export function amountPaidFen(
  payments: readonly { benefitId: string; month: string; amountFen: number }[],
  months: readonly string[],
  benefitIdsInRegion: ReadonlySet<string>,
): number {
  return payments
    .filter((p) => months.includes(p.month) && benefitIdsInRegion.has(p.benefitId))
    .reduce((sum, p) => sum + p.amountFen, 0);
}
