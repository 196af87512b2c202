import { indicatorPeriod } from '@qz/kernel';
import { Inject, Injectable } from '@nestjs/common';
import { localDateInChina, type Clock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { BenefitRepository } from '../benefits/benefit.repository';
import { ProposalService } from '../eligibility/proposal.service';
import { ApplicationRepository } from '../intake/application.repository';
import { IntakeCalendar } from '../intake/intake-calendar';
import { PaymentRollRepository } from '../payment-rolls/payment-roll.repository';
import type { AssistanceIndicatorsModel } from './indicators.model';
import { amountPaidFen, applicationCounts, childrenCovered, gapCounts, monthsOf } from './indicators.rules';

/** Assistance's indicators for a region's subtree and a period, from its own data only. */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly benefits: BenefitRepository,
    private readonly proposals: ProposalService,
    private readonly applications: ApplicationRepository,
    private readonly rolls: PaymentRollRepository,
    private readonly intake: IntakeCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async forRegion(regionCode: string, fromArg: string, toArg: string): Promise<AssistanceIndicatorsModel> {
    const { from, to } = indicatorPeriod(fromArg, toArg);
    const today = localDateInChina(this.clock.now());
    const months = monthsOf(from, to);
    const [benefits, gaps, applications, payments] = await Promise.all([
      this.benefits.findIn(regionCode),
      this.proposals.coverageGaps(regionCode),
      this.applications.findReceivedAtWindowsIn(regionCode),
      this.rolls.paymentsForMonths(months),
    ]);
    const covered = childrenCovered(benefits, from, to);
    const gap = gapCounts(gaps);
    const received = applicationCounts(applications, from, to, today, this.intake.calendar);
    return {
      from,
      to,
      coveredByProgramme: covered.byProgramme,
      childrenCovered: covered.total,
      coverageGaps: gap.gaps,
      childrenWithGaps: gap.children,
      applicationsReceived: received.received,
      applicationsOverdue: received.overdue,
      amountPaidFen: amountPaidFen(payments, months, new Set(benefits.map((b) => b.id))),
    };
  }
}
