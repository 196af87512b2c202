import { addDays, workingCalendar, type LocalDate, type WorkingCalendar } from '@qz/kernel';

export interface AbsenceThresholds {
  /** Unexcused absences on this many consecutive school days open a risk record. */
  consecutiveDays: number;
  /** ...or this many unexcused absence days within `windowDays` calendar days. */
  cumulativeDays: number;
  windowDays: number;
}

export interface AbsenceFact {
  date: LocalDate;
  excused: boolean;
}

export type RiskTrigger = { trigger: 'CONSECUTIVE' | 'CUMULATIVE'; days: number };

export const ABSENCE_RULE =
  '四(二)6: a school that finds a child truant (逃学旷课) contacts the parents or guardian at once';

/**
 * Whether the unexcused absences up to `on` reach a threshold (四(二)6, first sentence): a run of
 * consecutive school days (weekends and holidays without a recorded absence do not break the run; a
 * make-up day (调休) is a school day), or a count
 * within a window of calendar days. Only absences after `since` count (the last risk's closing).
 */
export function absenceRiskTrigger(
  absences: AbsenceFact[],
  on: LocalDate,
  t: AbsenceThresholds,
  since: LocalDate | null = null,
  calendar: WorkingCalendar = workingCalendar(),
): RiskTrigger | null {
  const unexcused = new Set(
    absences.filter((a) => !a.excused && a.date <= on && (!since || a.date > since)).map((a) => a.date),
  );
  let run = 0;
  for (let d = on; ; d = addDays(d, -1)) {
    if (unexcused.has(d)) run += 1;
    else if (calendar.isWorkingDay(d)) break;
    if (run === 0 && !unexcused.has(d)) break;
  }
  if (run >= t.consecutiveDays) return { trigger: 'CONSECUTIVE', days: run };
  const from = addDays(on, -t.windowDays);
  const inWindow = [...unexcused].filter((d) => d > from).length;
  if (inWindow >= t.cumulativeDays) return { trigger: 'CUMULATIVE', days: inWindow };
  return null;
}
