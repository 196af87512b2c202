import { Injectable } from '@nestjs/common';
import type { AssistanceProgramme } from '@qz/contracts';
import { DomainError, type LocalDate } from '@qz/kernel';
import { StandardsRepository } from './standards.repository';
import { childMonthlyAmountFen, findStandard, type Standard } from './standards.rules';

@Injectable()
export class StandardsService {
  constructor(private readonly standards: StandardsRepository) {}

  async standardFor(
    programme: AssistanceProgramme,
    regionCode: string,
    on: LocalDate,
  ): Promise<Standard | null> {
    return findStandard(await this.standards.all(), programme, regionCode, on);
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
