import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PeriodicTaskRunner } from '@qz/platform';
import { ProposalService } from './proposal.service';

/**
 * Every ELIGIBILITY_SWEEP_SECONDS, makes the proposals of classifications that arrived before the
 * child's registration (the two events travel on different topics, so either may come first).
 */
@Injectable()
export class EligibilitySweep {
  constructor(proposals: ProposalService, config: ConfigService, tasks: PeriodicTaskRunner) {
    tasks.register(
      {
        name: 'eligibility-sweep',
        intervalMs: config.get<number>('ELIGIBILITY_SWEEP_SECONDS', 10) * 1000,
        runAtStart: false,
        doneMessage: 'proposed for children whose registration came late',
      },
      () => proposals.proposeForLateChildren(),
    );
  }
}
