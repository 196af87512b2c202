import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PinoLogger } from 'nestjs-pino';
import { ResponseService } from './response.service';

/**
 * Looks for cases past their dispatch time at start and every DISPATCH_SWEEP_SECONDS, and raises
 * DispatchOverdue once for each (no TTL indexes or timers in the store).
 */
@Injectable()
export class DispatchSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly response: ResponseService,
    private readonly config: ConfigService,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('dispatch-sweep');
  }

  onApplicationBootstrap(): void {
    const seconds = this.config.get<number>('DISPATCH_SWEEP_SECONDS', 60);
    this.run();
    this.timer = setInterval(() => this.run(), seconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private run(): void {
    if (this.running) return;
    this.running = this.response
      .escalateOverdue()
      .then((raised) => raised && this.logger.warn({ raised }, 'overdue dispatches escalated'))
      .catch((err: unknown) => this.logger.error({ err }, 'dispatch sweep failed; will run again'))
      .finally(() => (this.running = null));
  }
}
