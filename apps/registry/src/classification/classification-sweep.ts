import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PeriodicTaskRunner } from '@qz/platform';
import { ClassificationService } from './classification.service';

/**
 * Runs the left-behind sweep at start and then every CLASSIFICATION_SWEEP_MINUTES, so that status
 * ends on the 16th birthday without anyone acting (no TTL indexes: the store has none).
 */
@Injectable()
export class ClassificationSweep {
  constructor(classification: ClassificationService, config: ConfigService, tasks: PeriodicTaskRunner) {
    tasks.register(
      {
        name: 'classification-sweep',
        intervalMs: config.get<number>('CLASSIFICATION_SWEEP_MINUTES', 60) * 60_000,
        runAtStart: true,
        doneMessage: 'sweep reclassified children',
      },
      () => classification.sweep(),
    );
  }
}
