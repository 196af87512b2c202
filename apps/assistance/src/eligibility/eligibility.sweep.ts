import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PinoLogger } from 'nestjs-pino';
import { ProposalService } from './proposal.service';

/**
 * Every ELIGIBILITY_SWEEP_SECONDS, makes the proposals of classifications that arrived before the
 * child's registration (the two events travel on different topics, so either may come first).
 */
@Injectable()
export class EligibilitySweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly proposals: ProposalService,
    private readonly config: ConfigService,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('eligibility-sweep');
  }

  onApplicationBootstrap(): void {
    const seconds = this.config.get<number>('ELIGIBILITY_SWEEP_SECONDS', 10);
    this.timer = setInterval(() => this.run(), seconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private run(): void {
    if (this.running) return;
    this.running = this.proposals
      .proposeForLateChildren()
      .then(
        (n) => n && this.logger.info({ children: n }, 'proposed for children whose registration came late'),
      )
      .catch((err: unknown) => this.logger.error({ err }, 'eligibility sweep failed; will run again'))
      .finally(() => (this.running = null));
  }
}
