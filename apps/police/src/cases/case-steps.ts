import { Inject } from '@nestjs/common';
import type { Actor } from '@qz/contracts';
import { localDateInChina, parseLocalDate, type Clock, type LocalDate } from '@qz/kernel';
import type { OutgoingEvent } from '@qz/messaging';
import { CLOCK } from '@qz/platform';
import { CaseErrors } from './case.errors';
import { CaseRepository, type ProtectionCase } from './case.repository';
import type { CaseStatus, TimelineEntry } from './case.types';
import { refusal, type CaseAction } from './response.rules';

/**
 * The two halves of every step on a case: load it and refuse an action its status does not allow;
 * write the change with its timeline entry and events, refusing a concurrent change.
 */
export class CaseSteps {
  constructor(
    private readonly cases: CaseRepository,
    private readonly clock: Clock,
  ) {}

  /** A time given by the user, or now; more than a minute ahead is refused. */
  pastInstant(value: Date | undefined, field: string): Date {
    const now = this.clock.now();
    if (!value) return now;
    if (value.getTime() > now.getTime() + 60_000) throw CaseErrors.dateInFuture(field, value);
    return value;
  }

  /** A day given by the user (YYYY-MM-DD); a day after today in China is refused. */
  pastDate(value: string, field: string): LocalDate {
    const date = parseLocalDate(value, field);
    if (date > localDateInChina(this.clock.now())) throw CaseErrors.dateInFuture(field, date);
    return date;
  }

  /**
   * Runs a step again (reloading the case) when the case changed between its read and its write,
   * up to `attempts` times: a step must not fail because the dispatch sweep escalated the case
   * meanwhile. A change that makes the step invalid is refused by the step's own checks on reload.
   */
  async retrying<T>(step: () => Promise<T>, attempts = 3): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await step();
      } catch (error) {
        const conflict = (error as { code?: string }).code === 'CASE_CHANGED_CONCURRENTLY';
        if (!conflict || attempt >= attempts) throw error;
      }
    }
  }

  async load(caseId: string, action: CaseAction | 'recordMeasure' | 'whileOpen') {
    const c = await this.cases.get(caseId);
    const code = refusal(action, c.status);
    if (code) throw CaseErrors.refused(code, action, c.status);
    return c;
  }

  async write(
    c: ProtectionCase,
    action: string,
    to: CaseStatus,
    note: string,
    actor: Actor,
    change: { $set?: Record<string, unknown>; $push?: Record<string, unknown> },
    events: OutgoingEvent[],
  ) {
    const entry: TimelineEntry = { at: this.clock.now(), by: actor.id, action, from: c.status, to, note };
    const ok = await this.cases.updateAtRevision(
      c.id,
      c.revision,
      { $set: { ...change.$set, status: to }, $push: { ...change.$push, timeline: entry } },
      events,
    );
    if (!ok) throw CaseErrors.changedConcurrently(c.id);
    return this.cases.get(c.id);
  }
}

/** A service whose work is steps on a case: the case collection, the clock, and the steps over both. */
export abstract class CaseStepService {
  /** Loading, writing and retrying a step on the case, as every step of a case does. */
  readonly steps: CaseSteps;

  constructor(
    protected readonly cases: CaseRepository,
    @Inject(CLOCK) protected readonly clock: Clock,
  ) {
    this.steps = new CaseSteps(cases, clock);
  }
}
