/** Programmes whose approvals are paid from a budget per county and year. */
export const BUDGET_PROGRAMMES = ['MEDICAL_ASSISTANCE', 'REHAB', 'TOMORROW_PLAN'] as const;
export type BudgetProgramme = (typeof BUDGET_PROGRAMMES)[number];

export const budgetId = (countyCode: string, programme: BudgetProgramme, year: number) =>
  `${countyCode}:${programme}:${year}`;

/**
 * Rule 五(三) (funding) and DOMAIN §3 (budgets per region and year): an approval may reserve only what is
 * left. The store applies this same test atomically (`usedFen <= limitFen - amount`); this is its
 * statement for people and tests.
 */
export const fits = (limitFen: number, usedFen: number, amountFen: number) => usedFen + amountFen <= limitFen;
