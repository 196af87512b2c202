import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PeriodicTaskRunner } from '@qz/platform';
import { ResponseService } from './response.service';

/**
 * Looks for cases past their dispatch time at start and every DISPATCH_SWEEP_SECONDS, and raises
 * DispatchOverdue once for each (no TTL indexes or timers in the store).
 */
@Injectable()
export class DispatchSweep {
  constructor(response: ResponseService, config: ConfigService, tasks: PeriodicTaskRunner) {
    tasks.register(
      {
        name: 'dispatch-sweep',
        intervalMs: config.get<number>('DISPATCH_SWEEP_SECONDS', 60) * 1000,
        runAtStart: true,
        doneMessage: 'overdue dispatches escalated',
      },
      () => response.escalateOverdue(),
    );
  }
}
