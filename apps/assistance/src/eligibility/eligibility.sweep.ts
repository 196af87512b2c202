import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PeriodicTask } from '@qz/platform';
import { PinoLogger } from 'nestjs-pino';
import { ProposalService } from './proposal.service';

/**
 * Every ELIGIBILITY_SWEEP_SECONDS, makes the proposals of classifications that arrived before the
 * child's registration (the two events travel on different topics, so either may come first).
 */
@Injectable()
export class EligibilitySweep extends PeriodicTask {
  constructor(
    private readonly proposals: ProposalService,
    config: ConfigService,
    logger: PinoLogger,
  ) {
    super(logger, {
      name: 'eligibility-sweep',
      intervalMs: config.get<number>('ELIGIBILITY_SWEEP_SECONDS', 10) * 1000,
      runAtStart: false,
      doneMessage: 'proposed for children whose registration came late',
    });
  }

  protected runOnce(): Promise<number> {
    return this.proposals.proposeForLateChildren();
  }
}
