import { regionCovers } from '@qz/identity';
import { localDateInChina, type Period } from '@qz/kernel';
import { BUDGET_PROGRAMMES, type BudgetProgramme } from '../budgets/budget.rules';

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

const within = (at: Date, p: Period) => {
  const day = localDateInChina(at);
  return p.from <= day && day <= p.to;
};
const stepIn = (a: IndicatorApplication, step: string, p: Period) =>
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
  period: Period,
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
