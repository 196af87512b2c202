import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDomainError } from '../errors/domain-error';
import {
  officialWorkingCalendar,
  readCalendarTable,
  statutoryHolidays,
  workingCalendar,
} from './official-calendar';
import { WorkingCalendar } from './working-calendar';

const official = officialWorkingCalendar();

describe('the working-day calendar (official holidays and 调休)', () => {
  it('a deadline across the 2026 National Day holiday skips 1–7 October', () => {
    // Notified Wednesday 30 September; 2 working days: 1–7 October are days off, so 8 and 9 October.
    expect(official.addWorkingDays('2026-09-30', 2)).toBe('2026-10-09');
    expect(official.isWorkingDay('2026-10-05')).toBe(false); // a Monday inside the holiday
  });

  it('a make-up Saturday (调休上班) counts as a working day', () => {
    expect(official.isWorkingDay('2026-10-10')).toBe(true); // Saturday worked for National Day
    // Friday 9 October + 1 working day is that Saturday, not Monday the 12th.
    expect(official.addWorkingDays('2026-10-09', 1)).toBe('2026-10-10');
    expect(official.isWorkingDay('2026-10-17')).toBe(false); // an ordinary Saturday
  });

  it('a year whose schedule is not published is counted on its statutory holidays, marked provisional', () => {
    // 2027's schedule is not in the package yet: deadlines into 2027 must still be set, not refused.
    expect(official.knowsYear(2027)).toBe(false);
    expect(official.isProvisional(2027)).toBe(true);
    expect(official.isProvisional(2026)).toBe(false);
    // Thursday 31 December 2026 + 1 working day: 1 January 2027 (元旦) is off, then a weekend.
    expect(official.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    // 春节 2027: 除夕 5 February (Friday) to 初三 8 February (Monday) off.
    expect(official.addWorkingDays('2027-02-04', 1)).toBe('2027-02-09');
  });

  it('the statutory holidays (全国年节及纪念日放假办法, 2024) are 13 days, all off in every published year', () => {
    expect(statutoryHolidays(2027)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-04-05',
      '2027-05-01',
      '2027-05-02',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
    ]);
    const published = official.knownYears.filter((y) => y >= 2025);
    expect(published.length).toBeGreaterThanOrEqual(2);
    for (const year of published) {
      const days = statutoryHolidays(year) ?? [];
      expect(days.length).toBeGreaterThanOrEqual(12); // 13, less a 除夕 that falls in the year before
      expect(days.filter((d) => official.isWorkingDay(d))).toEqual([]);
    }
  });

  it('a calendar without a provisional rule refuses an unknown year with CALENDAR_YEAR_UNKNOWN', () => {
    const bare = WorkingCalendar.of({ 2026: { holidays: [], workdays: [] } });
    expect(bare.isProvisional(2027)).toBe(false);
    const refusal = (() => {
      try {
        bare.addWorkingDays('2026-12-30', 5);
      } catch (e) {
        return e;
      }
    })();
    expect(isDomainError(refusal) && refusal.code).toBe('CALENDAR_YEAR_UNKNOWN');
    expect(isDomainError(refusal) && refusal.details.year).toBe(2027);
    // Beyond the years the statutory dates can be worked out for, the official one refuses too.
    expect(() => official.isWorkingDay('2150-01-05')).toThrow(/2150/);
  });

  it('counts working days after a date up to another (the day itself not counted)', () => {
    expect(official.workingDaysBetween('2026-09-30', '2026-10-10')).toBe(3); // 8, 9, 10 October
    expect(official.workingDaysBetween('2026-10-10', '2026-10-10')).toBe(0);
  });

  it('the city extends it by configuration with a year the package does not know', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calendar-'));
    const file = join(dir, 'calendar.json');
    writeFileSync(
      file,
      JSON.stringify({
        note: 'test',
        2027: { holidays: ['2027-10-01', '2027-10-04'], workdays: ['2027-10-09'] },
      }),
    );
    const calendar = workingCalendar(file);
    expect(calendar.knowsYear(2027)).toBe(true);
    expect(calendar.isProvisional(2027)).toBe(false);
    expect(calendar.addWorkingDays('2027-09-30', 1)).toBe('2027-10-05'); // Fri 1st off, weekend, Mon 4th off
    expect(calendar.isWorkingDay('2027-10-09')).toBe(true);
    expect(calendar.addWorkingDays('2026-09-30', 2)).toBe('2026-10-09'); // the official years stay
  });

  it('a local holiday is added to a known year', () => {
    const calendar = official.extendedWith({ 2026: { holidays: ['2026-04-20'], workdays: [] } });
    expect(official.isWorkingDay('2026-04-20')).toBe(true);
    expect(calendar.isWorkingDay('2026-04-20')).toBe(false);
  });

  it('refuses a configuration with a date outside its year or listed both ways', () => {
    expect(() => WorkingCalendar.of({ 2027: { holidays: ['2028-01-01'], workdays: [] } })).toThrow(
      /not a date of 2027/,
    );
    expect(() => WorkingCalendar.of({ 2027: { holidays: ['2027-02-30'], workdays: [] } })).toThrow(
      /not a date/,
    );
    expect(() =>
      WorkingCalendar.of({ 2027: { holidays: ['2027-01-02'], workdays: ['2027-01-02'] } }),
    ).toThrow(/both/);
    const dir = mkdtempSync(join(tmpdir(), 'calendar-'));
    writeFileSync(join(dir, 'bad.json'), '{"2027": {"holidays": "2027-10-01"}}');
    expect(() => readCalendarTable(join(dir, 'bad.json'))).toThrow(/WORKING_CALENDAR_FILE .*bad\.json/);
  });
});
