import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDomainError } from '../errors/domain-error';
import { officialWorkingCalendar, readCalendarTable, workingCalendar } from './official-calendar';
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

  it('an unknown year is refused with CALENDAR_YEAR_UNKNOWN rather than guessed', () => {
    expect(official.knowsYear(2027)).toBe(false);
    const refusal = (() => {
      try {
        official.addWorkingDays('2026-12-30', 5);
      } catch (e) {
        return e;
      }
    })();
    expect(isDomainError(refusal) && refusal.code).toBe('CALENDAR_YEAR_UNKNOWN');
    expect(isDomainError(refusal) && refusal.details.year).toBe(2027);
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
