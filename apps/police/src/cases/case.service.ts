import { Injectable } from '@nestjs/common';
import { CaseRepository, type ProtectionCase } from './case.repository';
import type { CaseStatus } from './case.types';

export type { ProtectionCase };

/** Protection cases as the graph reads them (the changes go through intake, response, assessment). */
@Injectable()
export class CaseService {
  constructor(private readonly cases: CaseRepository) {}

  /** The cases of one status, oldest first. */
  byStatus(status: CaseStatus) {
    return this.cases.byStatus(status);
  }

  /** Every case (the indicators filter by region and period). */
  all() {
    return this.cases.all();
  }
}
