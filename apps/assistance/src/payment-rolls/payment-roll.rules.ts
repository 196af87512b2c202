import type { LocalDate } from '@qz/kernel';
import { firstDayOf, lastDayOf, type YearMonth } from '../shared/dates';

export interface PayableBenefit {
  id: string;
  childId: string;
  programme: string;
  status: string;
  monthlyAmountFen: number;
  startDate: LocalDate;
  endDate: LocalDate | null;
}

export interface RollLine {
  benefitId: string;
  childId: string;
  programme: string;
  amountFen: number;
}

export interface ProgrammeTotal {
  programme: string;
  lines: number;
  amountFen: number;
}

/**
 * A benefit is on a month's roll when it is active (a suspended or ended one is not) and its term
 * shares a day with the month; the month is paid in full (no part-month proration).
 */
export function payableIn(b: PayableBenefit, month: YearMonth): boolean {
  return (
    b.status === 'ACTIVE' &&
    b.startDate <= lastDayOf(month) &&
    (b.endDate === null || b.endDate >= firstDayOf(month))
  );
}

export function lineFor(b: PayableBenefit): RollLine {
  return { benefitId: b.id, childId: b.childId, programme: b.programme, amountFen: b.monthlyAmountFen };
}

/** Totals per programme (in programme order of first appearance) and the roll's total, in fen. */
export function totals(lines: readonly RollLine[]): { byProgramme: ProgrammeTotal[]; totalFen: number } {
  const byProgramme = new Map<string, ProgrammeTotal>();
  for (const l of lines) {
    const t = byProgramme.get(l.programme) ?? { programme: l.programme, lines: 0, amountFen: 0 };
    t.lines += 1;
    t.amountFen += l.amountFen;
    byProgramme.set(l.programme, t);
  }
  return { byProgramme: [...byProgramme.values()], totalFen: lines.reduce((sum, l) => sum + l.amountFen, 0) };
}
