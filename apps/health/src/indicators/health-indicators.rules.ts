import { regionCovers } from '@qz/identity';
import { DomainError, localDateInChina, parseLocalDate, type LocalDate } from '@qz/kernel';
import { BUDGET_PROGRAMMES, type BudgetProgramme } from '../budgets/budget.rules';

/** The longest period indicators are computed for (a year, leap day included). */
export const MAX_PERIOD_DAYS = 366;

export interface IndicatorPeriod {
  from: LocalDate;
  to: LocalDate;
}

const dayNumber = (d: LocalDate) =>
  Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000;

/** A period of real dates, `from` not after `to`, at most MAX_PERIOD_DAYS days; refused naming the argument. */
export function indicatorPeriod(from: string, to: string): IndicatorPeriod {
  const period = { from: parseLocalDate(from, 'from'), to: parseLocalDate(to, 'to') };
  if (period.from > period.to)
    throw new DomainError('PERIOD_REVERSED', `from ${from} is after to ${to}`, 'invalid', { field: 'from' });
  if (dayNumber(period.to) - dayNumber(period.from) + 1 > MAX_PERIOD_DAYS)
    throw new DomainError(
      'PERIOD_TOO_LONG',
      `to: the period from ${from} to ${to} is longer than ${MAX_PERIOD_DAYS} days`,
      'invalid',
      { field: 'to' },
    );
  return period;
}

export interface CountAndFen {
  count: number;
  fen: number;
}

export interface ProgrammeIndicators {
  programme: BudgetProgramme;
  applied: CountAndFen;
  approved: CountAndFen;
  paid: CountAndFen;
  refused: number;
  /** Budgets of the counties in the region for the years the period touches. */
  budgetLimitFen: number;
  budgetUsedFen: number;
  budgetDisbursedFen: number;
  /** Used share of the limit in basis points (0 when no budget is set). */
  budgetUsedBp: number;
}

export interface IndicatorApplication {
  programme: BudgetProgramme;
  regionCode: string;
  submittedAt: Date;
  computation: { amountFen: number } | null;
  approvedAmountFen: number | null;
  steps: { step: string; at: Date }[];
}

export interface IndicatorBudget {
  programme: BudgetProgramme;
  regionCode: string;
  year: number;
  limitFen: number;
  usedFen: number;
  disbursedFen: number;
}

const within = (at: Date, p: IndicatorPeriod) => {
  const day = localDateInChina(at);
  return p.from <= day && day <= p.to;
};
const stepIn = (a: IndicatorApplication, step: string, p: IndicatorPeriod) =>
  a.steps.some((s) => s.step === step && within(s.at, p));

/**
 * 五(一) "subsidies applied, approved, paid, and budget used", per programme, for a region's
 * subtree and a period (China dates): applied = submitted in the period (fen: the amount computed
 * at submission); approved = approved in the period (fen: the amount reserved); paid = disbursed
 * in the period (fen: the amount paid); refused = refused in the period; budget = the budgets of
 * the counties inside the region for each calendar year the period touches (a township or a
 * village holds no budget of its own: 0).
 */
export function healthIndicators(
  regionCode: string,
  period: IndicatorPeriod,
  applications: readonly IndicatorApplication[],
  budgets: readonly IndicatorBudget[],
): ProgrammeIndicators[] {
  const years = new Set<number>();
  for (let y = +period.from.slice(0, 4); y <= +period.to.slice(0, 4); y++) years.add(y);
  const apps = applications.filter((a) => regionCovers(regionCode, a.regionCode));
  const buds = budgets.filter((b) => regionCovers(regionCode, b.regionCode) && years.has(b.year));
  return BUDGET_PROGRAMMES.map((programme) => {
    const mine = apps.filter((a) => a.programme === programme);
    const sum = (list: IndicatorApplication[], fen: (a: IndicatorApplication) => number): CountAndFen => ({
      count: list.length,
      fen: list.reduce((t, a) => t + fen(a), 0),
    });
    const applied = sum(
      mine.filter((a) => within(a.submittedAt, period)),
      (a) => a.computation?.amountFen ?? 0,
    );
    const approved = sum(
      mine.filter((a) => stepIn(a, 'APPROVED', period)),
      (a) => a.approvedAmountFen ?? 0,
    );
    const paid = sum(
      mine.filter((a) => stepIn(a, 'DISBURSED', period)),
      (a) => a.approvedAmountFen ?? 0,
    );
    const b = buds.filter((x) => x.programme === programme);
    const limit = b.reduce((t, x) => t + x.limitFen, 0);
    const used = b.reduce((t, x) => t + x.usedFen, 0);
    return {
      programme,
      applied,
      approved,
      paid,
      refused: mine.filter((a) => stepIn(a, 'REFUSED', period)).length,
      budgetLimitFen: limit,
      budgetUsedFen: used,
      budgetDisbursedFen: b.reduce((t, x) => t + x.disbursedFen, 0),
      budgetUsedBp: limit > 0 ? Math.floor((used * 10_000) / limit) : 0,
    };
  });
}
