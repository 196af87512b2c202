import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PeriodicTask } from '@qz/platform';
import { PinoLogger } from 'nestjs-pino';
import { ClassificationService } from './classification.service';

/**
 * Runs the left-behind sweep at start and then every CLASSIFICATION_SWEEP_MINUTES, so that status
 * ends on the 16th birthday without anyone acting (no TTL indexes: the store has none).
 */
@Injectable()
export class ClassificationSweep extends PeriodicTask {
  constructor(
    private readonly classification: ClassificationService,
    config: ConfigService,
    logger: PinoLogger,
  ) {
    super(logger, {
      name: 'classification-sweep',
      intervalMs: config.get<number>('CLASSIFICATION_SWEEP_MINUTES', 60) * 60_000,
      runAtStart: true,
      doneMessage: 'sweep reclassified children',
    });
  }

  protected runOnce(): Promise<number> {
    return this.classification.sweep();
  }
}
