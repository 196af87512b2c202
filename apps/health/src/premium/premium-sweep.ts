import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PinoLogger } from 'nestjs-pino';
import { PremiumSubsidyService } from './premium-subsidy.service';

/**
 * Runs the premium sweep at start and then every PREMIUM_SWEEP_MINUTES, so that a new year's
 * decisions are made and lapsed benefits stop counting without anyone acting.
 */
@Injectable()
export class PremiumSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly premiums: PremiumSubsidyService,
    private readonly config: ConfigService,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('premium-sweep');
  }

  onApplicationBootstrap(): void {
    const minutes = this.config.get<number>('PREMIUM_SWEEP_MINUTES', 60);
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
    this.running = this.premiums
      .sweep()
      .then((changed) => changed && this.logger.info({ changed }, 'premium sweep recomputed subsidies'))
      .catch((err: unknown) => this.logger.error({ err }, 'premium sweep failed; will run again'))
      .finally(() => (this.running = null));
  }
}
