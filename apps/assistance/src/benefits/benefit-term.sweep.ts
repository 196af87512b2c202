import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PeriodicTask } from '@qz/platform';
import { PinoLogger } from 'nestjs-pino';
import { BenefitService } from './benefit.service';

/**
 * At start and every BENEFIT_TERM_SWEEP_MINUTES, ends the benefits whose term is over (an orphan
 * allowance on the 18th birthday, 特困 support on the 16th), so that health and the registry hear of it.
 */
@Injectable()
export class BenefitTermSweep extends PeriodicTask {
  constructor(
    private readonly benefits: BenefitService,
    config: ConfigService,
    logger: PinoLogger,
  ) {
    super(logger, {
      name: 'benefit-term-sweep',
      intervalMs: config.get<number>('BENEFIT_TERM_SWEEP_MINUTES', 60) * 60_000,
      runAtStart: true,
      doneMessage: 'ended benefits whose term is over',
    });
  }

  protected runOnce(): Promise<number> {
    return this.benefits.endExpired();
  }
}
