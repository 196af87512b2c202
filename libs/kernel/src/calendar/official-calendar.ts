import { readFileSync } from 'node:fs';
import type { LocalDate } from '../time/local-date';
import { WorkingCalendar, type CalendarTable } from './working-calendar';

/**
 * China's official schedule by year, from `chinese-days` (the State Council's notices: holidays,
 * weekend days off included, and the weekend days worked instead).
 */
function chineseDaysTable(): CalendarTable {
  const file = require.resolve('chinese-days/dist/chinese-days.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    holidays: Record<LocalDate, string>;
    workdays: Record<LocalDate, string>;
  };
  const table: Record<string, { holidays: LocalDate[]; workdays: LocalDate[] }> = {};
  const yearOf = (d: LocalDate) => (table[d.slice(0, 4)] ??= { holidays: [], workdays: [] });
  for (const d of Object.keys(data.holidays)) yearOf(d).holidays.push(d);
  for (const d of Object.keys(data.workdays)) yearOf(d).workdays.push(d);
  return table;
}

let official: WorkingCalendar | undefined;

/** The official calendar alone (the years `chinese-days` knows). */
export function officialWorkingCalendar(): WorkingCalendar {
  official ??= WorkingCalendar.of(chineseDaysTable());
  return official;
}

/**
 * Reads the city's extension of the calendar: JSON `{"2027": {"holidays": [...], "workdays":
 * [...]}}` (a `note` key is allowed and ignored). A malformed file stops the caller, naming it.
 */
export function readCalendarTable(file: string): CalendarTable {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`WORKING_CALENDAR_FILE ${file} cannot be read as JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error(`WORKING_CALENDAR_FILE ${file} must hold an object of years`);
  const table: Record<string, { holidays: LocalDate[]; workdays: LocalDate[] }> = {};
  for (const [year, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (year === 'note') continue;
    const { holidays = [], workdays = [] } = (value ?? {}) as { holidays?: unknown; workdays?: unknown };
    if (
      !Array.isArray(holidays) ||
      !Array.isArray(workdays) ||
      ![...holidays, ...workdays].every((d) => typeof d === 'string')
    )
      throw new Error(
        `WORKING_CALENDAR_FILE ${file}: year ${year} needs "holidays" and "workdays" lists of dates`,
      );
    table[year] = { holidays, workdays };
  }
  try {
    WorkingCalendar.of(table); // the same checks as when it is used: real dates of that year, no date both ways
  } catch (error) {
    throw new Error(`WORKING_CALENDAR_FILE ${file}: ${(error as Error).message}`);
  }
  return table;
}

const configured = new Map<string, WorkingCalendar>();

/**
 * The calendar every deadline uses: the official one, extended by the city's file named by
 * `WORKING_CALENDAR_FILE` when set (years the package does not know yet, local holidays).
 */
export function workingCalendar(
  file: string | undefined = process.env.WORKING_CALENDAR_FILE,
): WorkingCalendar {
  if (!file) return officialWorkingCalendar();
  let calendar = configured.get(file);
  if (!calendar) {
    calendar = officialWorkingCalendar().extendedWith(readCalendarTable(file));
    configured.set(file, calendar);
  }
  return calendar;
}
