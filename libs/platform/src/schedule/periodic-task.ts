import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { PinoLogger } from 'nestjs-pino';

export interface PeriodicTaskSpec {
  /** Log context, e.g. `classification-sweep`. */
  name: string;
  intervalMs: number;
  /** Run once as soon as the service has started, before the first interval. Default true. */
  runAtStart?: boolean;
  /** What to log when a run did something (`done` > 0), e.g. `left-behind sweep reclassified children`. */
  doneMessage: string;
}

/**
 * Work a service repeats on a timer (the store has no TTL indexes or scheduled jobs): runs at
 * start and every interval, never two runs at once, a failed run logged and tried again next time,
 * and the run in progress awaited at shutdown.
 */
export abstract class PeriodicTask implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  protected constructor(
    protected readonly logger: PinoLogger,
    private readonly spec: PeriodicTaskSpec,
  ) {
    logger.setContext(spec.name);
  }

  /** One run; returns how many things it changed (logged when more than none). */
  protected abstract runOnce(): Promise<number>;

  onApplicationBootstrap(): void {
    if (this.spec.runAtStart ?? true) this.run();
    this.timer = setInterval(() => this.run(), this.spec.intervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private run(): void {
    if (this.running) return;
    this.running = this.runOnce()
      .then((done) => done && this.logger.info({ done }, this.spec.doneMessage))
      .catch((err: unknown) => this.logger.error({ err }, `${this.spec.name} failed; will run again`))
      .finally(() => (this.running = null));
  }
}
