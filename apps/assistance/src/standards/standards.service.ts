import { Injectable } from '@nestjs/common';
import type { AssistanceProgramme } from '@qz/contracts';
import { DomainError, type LocalDate } from '@qz/kernel';
import { StandardsRepository } from './standards.repository';
import { KeyedMutex } from '../shared/keyed-mutex';
import { childMonthlyAmountFen, findStandard, publishStandard, type Standard } from './standards.rules';

@Injectable()
export class StandardsService {
  private readonly publishing = new KeyedMutex();

  constructor(private readonly standards: StandardsRepository) {}

  async standardFor(
    programme: AssistanceProgramme,
    regionCode: string,
    on: LocalDate,
  ): Promise<Standard | null> {
    return findStandard(await this.standards.all(), programme, regionCode, on);
  }

  /** Publishes a new standard from its first day; the one in force then ends the day before. */
  async publish(next: Omit<Standard, 'effectiveTo'>): Promise<Standard> {
    return this.publishing.run('standards', async () => {
      const { rows, problems } = publishStandard(await this.standards.all(), next);
      if (problems.length) {
        throw new DomainError('STANDARD_INVALID', problems.join('; '), 'invalid', {
          field: 'input.effectiveFrom',
        });
      }
      await this.standards.upsertMany(rows);
      return rows[0];
    });
  }

  /** The monthly amount a child gets under the standard in force; refuses when there is none. */
  async childAmountFen(programme: AssistanceProgramme, regionCode: string, on: LocalDate): Promise<number> {
    const standard = await this.standardFor(programme, regionCode, on);
    if (!standard) {
      throw new DomainError(
        'NO_STANDARD',
        `no ${programme} standard applies in region ${regionCode} on ${on}; give input.monthlyAmountFen or load the standard`,
        'precondition',
        { field: 'input.monthlyAmountFen' },
      );
    }
    return childMonthlyAmountFen(standard);
  }
}
