import { DomainError } from '../errors/domain-error';
import { addDays, weekdayOf, yearOf } from '../time/calendar-days';
import { isLocalDate, type LocalDate } from '../time/local-date';

/** One year of the State Council's schedule: days off (放假) and weekend days worked (调休上班). */
export interface CalendarYear {
  holidays: readonly LocalDate[];
  workdays: readonly LocalDate[];
}

/** Years (`"2027"`) to their schedule, as the city's configuration writes it. */
export type CalendarTable = Readonly<Record<string, CalendarYear>>;

interface KnownYear {
  holidays: ReadonlySet<LocalDate>;
  workdays: ReadonlySet<LocalDate>;
}

/**
 * The days off a year is sure to have before its schedule is published (the statutory holidays), or
 * undefined when they cannot be worked out for that year.
 */
export type ProvisionalYear = (year: number) => readonly LocalDate[] | undefined;

export const calendarYearUnknown = (date: LocalDate) =>
  new DomainError(
    'CALENDAR_YEAR_UNKNOWN',
    `the working-day calendar does not know the holidays of ${yearOf(date)} (needed for ${date}); ` +
      `add that year's schedule to the calendar configuration (WORKING_CALENDAR_FILE)`,
    'precondition',
    { year: yearOf(date) },
  );

/**
 * The one working-day calendar: Monday to Friday, except the public holidays, plus the weekend
 * days worked instead (调休) — for the years it knows. A date in any other year is refused
 * (CALENDAR_YEAR_UNKNOWN) rather than guessed: the schedule is published year by year.
 */
export class WorkingCalendar {
  private readonly provisionalYears = new Map<number, KnownYear | null>();

  private constructor(
    private readonly years: ReadonlyMap<number, KnownYear>,
    private readonly provisional?: ProvisionalYear,
  ) {}

  /**
   * A calendar of these years. With `provisional`, a year it does not know is not refused but
   * counted on the days off that function gives (the statutory holidays, without the make-up
   * working days the schedule adds): see isProvisional.
   */
  static of(table: CalendarTable, provisional?: ProvisionalYear): WorkingCalendar {
    return new WorkingCalendar(new Map(), provisional).extendedWith(table);
  }

  /**
   * These years added to the calendar: a year it does not know becomes known; the dates of a year
   * it knows are added to that year's (a local holiday, a later correction). A date that would
   * be both a holiday and a working day is refused.
   */
  extendedWith(table: CalendarTable): WorkingCalendar {
    const years = new Map(this.years);
    for (const [key, extra] of Object.entries(table)) {
      const year = Number(key);
      if (!/^\d{4}$/.test(key)) throw new Error(`calendar year "${key}" is not a year`);
      for (const d of [...extra.holidays, ...extra.workdays]) {
        if (!isLocalDate(d) || yearOf(d) !== year)
          throw new Error(`calendar year ${key}: "${d}" is not a date of ${key}`);
      }
      const known = years.get(year);
      const holidays = new Set([...(known?.holidays ?? []), ...extra.holidays]);
      const workdays = new Set([...(known?.workdays ?? []), ...extra.workdays]);
      const both = [...holidays].find((d) => workdays.has(d));
      if (both)
        throw new Error(`calendar year ${key}: ${both} is listed both as a holiday and a working day`);
      years.set(year, { holidays, workdays });
    }
    return new WorkingCalendar(years, this.provisional);
  }

  /** Whether the year's published schedule is known. */
  knowsYear(year: number): boolean {
    return this.years.has(year);
  }

  /**
   * Whether dates of this year are counted provisionally: its schedule is not known, so only its
   * statutory holidays are days off. Until the schedule is added, a deadline in that year can be a
   * few days off the published one (the days the schedule adds around a holiday, its make-up
   * weekend days): add the year to WORKING_CALENDAR_FILE as soon as the State Council publishes it.
   */
  isProvisional(year: number): boolean {
    return !this.years.has(year) && this.provisionalYear(year) !== null;
  }

  private provisionalYear(year: number): KnownYear | null {
    if (!this.provisional) return null;
    let known = this.provisionalYears.get(year);
    if (known === undefined) {
      const days = this.provisional(year);
      known = days ? { holidays: new Set(days), workdays: new Set() } : null;
      this.provisionalYears.set(year, known);
    }
    return known;
  }

  /** The years known, in order. */
  get knownYears(): number[] {
    return [...this.years.keys()].sort((a, b) => a - b);
  }

  isWorkingDay(date: LocalDate): boolean {
    const year = this.years.get(yearOf(date)) ?? this.provisionalYear(yearOf(date));
    if (!year) throw calendarYearUnknown(date);
    if (year.workdays.has(date)) return true;
    if (year.holidays.has(date)) return false;
    const weekday = weekdayOf(date);
    return weekday !== 0 && weekday !== 6;
  }

  /** The `n`-th working day after `from` (`from` itself does not count): a deadline. */
  addWorkingDays(from: LocalDate, n: number): LocalDate {
    let date = from;
    for (let left = n; left > 0;) {
      date = addDays(date, 1);
      if (this.isWorkingDay(date)) left -= 1;
    }
    return date;
  }

  /** Working days after `after` up to and including `upTo` (0 when `upTo` is not later). */
  workingDaysBetween(after: LocalDate, upTo: LocalDate): number {
    let count = 0;
    for (let date = addDays(after, 1); date <= upTo; date = addDays(date, 1)) {
      if (this.isWorkingDay(date)) count += 1;
    }
    return count;
  }

  /** The last working day on or before `date`. */
  workingDayOnOrBefore(date: LocalDate): LocalDate {
    let d = date;
    while (!this.isWorkingDay(d)) d = addDays(d, -1);
    return d;
  }
}
