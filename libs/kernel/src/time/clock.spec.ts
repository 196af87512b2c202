import { StartedAtClock } from './clock';

describe('StartedAtClock (CLOCK_START: demos and rehearsals on another day)', () => {
  it('starts at the given instant and runs at real speed', () => {
    let real = Date.parse('2026-12-07T00:00:00Z');
    const clock = new StartedAtClock('2027-01-29T09:00:00+08:00', () => real);
    expect(clock.now().toISOString()).toBe('2027-01-29T01:00:00.000Z');
    real += 90_000;
    expect(clock.now().toISOString()).toBe('2027-01-29T01:01:30.000Z');
  });

  it('refuses a start that is not a date and time', () => {
    expect(() => new StartedAtClock('next tuesday')).toThrow(/not a date and time/);
  });
});
