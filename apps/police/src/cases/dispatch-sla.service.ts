import { Inject, Injectable } from '@nestjs/common';
import { SITUATION_TYPES, type Actor, type SituationType } from '@qz/contracts';
import { DomainError, type Clock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { DispatchSlaRepository } from './case.repository';
import { DEFAULT_DISPATCH_SLA_MINUTES, MAX_SLA_MINUTES } from './response.rules';

export interface DispatchSla {
  situationType: SituationType;
  minutes: number;
  /** False while the built-in default applies. */
  setByCity: boolean;
  reason: string | null;
  setAt: Date | null;
}

/** The city's dispatch SLAs per situation type (四(二)3), data with a default for each type. */
@Injectable()
export class DispatchSlaService {
  constructor(
    private readonly slas: DispatchSlaRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async minutesFor(type: SituationType): Promise<number> {
    return (await this.slas.find(type))?.minutes ?? DEFAULT_DISPATCH_SLA_MINUTES[type];
  }

  async all(): Promise<DispatchSla[]> {
    const set = new Map((await this.slas.all()).map((s) => [s._id, s]));
    return SITUATION_TYPES.map((t) => {
      const s = set.get(t);
      return {
        situationType: t,
        minutes: s?.minutes ?? DEFAULT_DISPATCH_SLA_MINUTES[t],
        setByCity: Boolean(s),
        reason: s?.reason ?? null,
        setAt: s?.setAt ?? null,
      };
    });
  }

  async set(type: SituationType, minutes: number, reason: string, actor: Actor) {
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_SLA_MINUTES)
      throw new DomainError(
        'SLA_OUT_OF_RANGE',
        `input.minutes must be a whole number from 1 to ${MAX_SLA_MINUTES} (a week), got ${minutes}`,
        'invalid',
        { field: 'input.minutes' },
      );
    await this.slas.set({
      _id: type,
      minutes,
      reason: reason.trim(),
      setBy: actor.id,
      setAt: this.clock.now(),
    });
    return (await this.all()).find((s) => s.situationType === type) as DispatchSla;
  }
}
