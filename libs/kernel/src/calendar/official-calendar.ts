import { getSolarDateFromLunar, getSolarTerms } from 'chinese-days';
import { readFileSync } from 'node:fs';
import { addDays } from '../time/calendar-days';
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

/** The years the lunar and solar-term tables cover (the statutory dates can be worked out). */
const STATUTORY_YEARS = { from: 2025, to: 2099 };

/**
 * The 13 statutory days off of a year under 《全国年节及纪念日放假办法》 (as revised in 2024, in force
 * from 2025): 元旦 1 January; 春节 除夕 and 正月初一 to 初三; 清明 (the solar term's day); 劳动节 1–2
 * May; 端午 (五月初五); 中秋 (八月十五); 国庆节 1–3 October. The State Council's yearly schedule adds
 * the days around them and the make-up working days; this is what is certain before it is published.
 */
export function statutoryHolidays(year: number): LocalDate[] | undefined {
  if (!Number.isInteger(year) || year < STATUTORY_YEARS.from || year > STATUTORY_YEARS.to) return undefined;
  const lunar = (month: number, day: number) =>
    getSolarDateFromLunar(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).date;
  const newYear = lunar(1, 1);
  const qingming = getSolarTerms(`${year}-04-01`, `${year}-04-10`).find((t) => t.name === '清明')?.date;
  if (!qingming) return undefined;
  const days = [
    `${year}-01-01`,
    addDays(newYear, -1),
    newYear,
    addDays(newYear, 1),
    addDays(newYear, 2),
    qingming,
    `${year}-05-01`,
    `${year}-05-02`,
    lunar(5, 5),
    lunar(8, 15),
    `${year}-10-01`,
    `${year}-10-02`,
    `${year}-10-03`,
  ];
  // 除夕 of an early 春节 can fall in the year before; it is a day off of that year, not this one.
  return [...new Set(days)].filter((d) => d.startsWith(`${year}-`)).sort();
}

let official: WorkingCalendar | undefined;

/**
 * The official calendar: the years `chinese-days` knows, and any later year provisionally on its
 * statutory holidays (see WorkingCalendar.isProvisional) until its schedule is added.
 */
export function officialWorkingCalendar(): WorkingCalendar {
  official ??= WorkingCalendar.of(chineseDaysTable(), statutoryHolidays);
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
