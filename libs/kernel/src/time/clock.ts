/** The source of "now". Rules take a Clock so that deadlines and ages are testable without sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved; for tests and replays. */
export class ManualClock implements Clock {
  private current: Date;

  constructor(start: Date | string) {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date | string): void {
    this.current = new Date(to);
  }

  advanceMs(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/**
 * A clock that starts at `start` when created and runs at real speed from there: a demo or a
 * rehearsal set on another day (a deadline over a holiday, a child about to turn 16).
 */
export class StartedAtClock implements Clock {
  private readonly offsetMs: number;
  private readonly realNow: () => number;

  constructor(start: Date | string, realNow: () => number = Date.now) {
    const at = new Date(start).getTime();
    if (Number.isNaN(at)) throw new Error(`clock start "${String(start)}" is not a date and time`);
    this.offsetMs = at - realNow();
    this.realNow = realNow;
  }

  now(): Date {
    return new Date(this.realNow() + this.offsetMs);
  }
}
