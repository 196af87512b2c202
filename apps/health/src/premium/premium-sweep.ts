import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PeriodicTaskRunner } from '@qz/platform';
import { PremiumSubsidyService } from './premium-subsidy.service';

/**
 * Runs the premium sweep at start and then every PREMIUM_SWEEP_MINUTES, so that a new year's
 * decisions are made and lapsed benefits stop counting without anyone acting.
 */
@Injectable()
export class PremiumSweep {
  constructor(premiums: PremiumSubsidyService, config: ConfigService, tasks: PeriodicTaskRunner) {
    tasks.register(
      {
        name: 'premium-sweep',
        intervalMs: config.get<number>('PREMIUM_SWEEP_MINUTES', 60) * 60_000,
        runAtStart: true,
        doneMessage: 'premium sweep recomputed subsidies',
      },
      () => premiums.sweep(),
    );
  }
}
