import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PeriodicTask } from '@qz/platform';
import { PinoLogger } from 'nestjs-pino';
import { ResponseService } from './response.service';

/**
 * Looks for cases past their dispatch time at start and every DISPATCH_SWEEP_SECONDS, and raises
 * DispatchOverdue once for each (no TTL indexes or timers in the store).
 */
@Injectable()
export class DispatchSweep extends PeriodicTask {
  constructor(
    private readonly response: ResponseService,
    config: ConfigService,
    logger: PinoLogger,
  ) {
    super(logger, {
      name: 'dispatch-sweep',
      intervalMs: config.get<number>('DISPATCH_SWEEP_SECONDS', 60) * 1000,
      runAtStart: true,
      doneMessage: 'overdue dispatches escalated',
    });
  }

  protected runOnce(): Promise<number> {
    return this.response.escalateOverdue();
  }
}
