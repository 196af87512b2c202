import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PinoLogger } from 'nestjs-pino';
import { ClassificationService } from './classification.service';

/**
 * Runs the left-behind sweep at start and then every CLASSIFICATION_SWEEP_MINUTES, so that status
 * ends on the 16th birthday without anyone acting (no TTL indexes: the store has none).
 */
@Injectable()
export class ClassificationSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly classification: ClassificationService,
    private readonly config: ConfigService,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('classification-sweep');
  }

  onApplicationBootstrap(): void {
    const minutes = this.config.get<number>('CLASSIFICATION_SWEEP_MINUTES', 60);
    this.run();
    this.timer = setInterval(() => this.run(), minutes * 60_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private run(): void {
    if (this.running) return;
    this.running = this.classification
      .sweep()
      .then((changed) => changed && this.logger.info({ changed }, 'left-behind sweep reclassified children'))
      .catch((err: unknown) => this.logger.error({ err }, 'left-behind sweep failed; will run again'))
      .finally(() => (this.running = null));
  }
}
