import { Inject, Injectable } from '@nestjs/common';
import { localDateInChina, type Clock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { BenefitRepository } from '../benefits/benefit.repository';
import { AssistanceErrors } from '../shared/assistance.errors';
import { isYearMonth, monthOf } from '../shared/dates';
import { KeyedMutex } from '../shared/keyed-mutex';
import { PaymentRollRepository, type PaymentRoll } from './payment-roll.repository';
import { lineFor, payableIn, totals } from './payment-roll.rules';

export const rollId = (regionCode: string, month: string) => `${regionCode}:${month}`;

/**
 * Generates a region's monthly payment roll once. Running it again — after it finished, meanwhile
 * in this process, or in another process — yields the same roll and no second payment: the roll's
 * key is its region and month, each payment's key its benefit and month.
 */
@Injectable()
export class PaymentRollService {
  private readonly running = new KeyedMutex();

  constructor(
    private readonly rolls: PaymentRollRepository,
    private readonly benefits: BenefitRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  generate(regionCode: string, month: string): Promise<PaymentRoll> {
    if (!isYearMonth(month)) throw AssistanceErrors.invalidMonth(month, 'input.month');
    const current = monthOf(localDateInChina(this.clock.now()));
    if (month > current) throw AssistanceErrors.monthInFuture(month, current);
    const id = rollId(regionCode, month);
    return this.running.run(id, async () => {
      const existing = await this.rolls.findById(id);
      if (existing?.status === 'COMPLETE') return existing;
      await this.rolls.start({
        _id: id,
        regionCode,
        month,
        status: 'GENERATING',
        startedAt: this.clock.now(),
        generatedAt: null,
        lines: [],
        totals: [],
        totalFen: 0,
      });
      // A run that stopped half-way left some payments; paying again skips them, and the roll is
      // built from every payment that carries its id.
      for (const b of (await this.benefits.findActiveIn(regionCode)).filter((x) => payableIn(x, month))) {
        const line = lineFor(b);
        await this.rolls.pay({ _id: `${b.id}:${month}`, rollId: id, month, ...line });
      }
      const lines = (await this.rolls.paymentsOf(id))
        .map(({ benefitId, childId, programme, amountFen }) => ({ benefitId, childId, programme, amountFen }))
        .sort((a, b) => a.programme.localeCompare(b.programme) || a.benefitId.localeCompare(b.benefitId));
      const sum = totals(lines);
      await this.rolls.complete(id, {
        lines,
        totals: sum.byProgramme,
        totalFen: sum.totalFen,
        generatedAt: this.clock.now(),
      });
      return (await this.rolls.findById(id)) as PaymentRoll;
    });
  }

  async find(regionCode: string, month: string): Promise<PaymentRoll | null> {
    if (!isYearMonth(month)) throw AssistanceErrors.invalidMonth(month);
    return this.rolls.findById(rollId(regionCode, month));
  }
}
