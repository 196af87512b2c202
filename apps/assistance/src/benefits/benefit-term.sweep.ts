import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PeriodicTaskRunner } from '@qz/platform';
import { BenefitService } from './benefit.service';

/**
 * At start and every BENEFIT_TERM_SWEEP_MINUTES, ends the benefits whose term is over (an orphan
 * allowance on the 18th birthday, 特困 support on the 16th), so that health and the registry hear of it.
 */
@Injectable()
export class BenefitTermSweep {
  constructor(benefits: BenefitService, config: ConfigService, tasks: PeriodicTaskRunner) {
    tasks.register(
      {
        name: 'benefit-term-sweep',
        intervalMs: config.get<number>('BENEFIT_TERM_SWEEP_MINUTES', 60) * 60_000,
        runAtStart: true,
        doneMessage: 'ended benefits whose term is over',
      },
      () => benefits.endExpired(),
    );
  }
}
