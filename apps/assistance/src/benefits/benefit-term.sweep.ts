import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PinoLogger } from 'nestjs-pino';
import { BenefitService } from './benefit.service';

/**
 * At start and every BENEFIT_TERM_SWEEP_MINUTES, ends the benefits whose term is over (an orphan
 * allowance on the 18th birthday, 特困 support on the 16th), so that health and the registry hear of it.
 */
@Injectable()
export class BenefitTermSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly benefits: BenefitService,
    private readonly config: ConfigService,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('benefit-term-sweep');
  }

  onApplicationBootstrap(): void {
    const minutes = this.config.get<number>('BENEFIT_TERM_SWEEP_MINUTES', 60);
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
    this.running = this.benefits
      .endExpired()
      .then((n) => n && this.logger.info({ ended: n }, 'ended benefits whose term is over'))
      .catch((err: unknown) => this.logger.error({ err }, 'benefit term sweep failed; will run again'))
      .finally(() => (this.running = null));
  }
}
