import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AbsenceThresholds } from '../students/absence.rules';

/** The numbers the counties set, read from validated configuration (see config.ts). */
@Injectable()
export class EducationSettings {
  constructor(private readonly config: ConfigService) {}

  /** Working days a school in `county` has for the written dropout report (default 3). */
  reportWorkingDays(county: string): number {
    const byCounty = this.config.get<Record<string, number>>('DROPOUT_REPORT_WORKING_DAYS_BY_COUNTY') ?? {};
    return byCounty[county] ?? this.config.get<number>('DROPOUT_REPORT_WORKING_DAYS') ?? 3;
  }

  absenceThresholds(): AbsenceThresholds {
    return {
      consecutiveDays: this.config.get<number>('ABSENCE_RISK_CONSECUTIVE_DAYS') ?? 3,
      cumulativeDays: this.config.get<number>('ABSENCE_RISK_CUMULATIVE_DAYS') ?? 7,
      windowDays: this.config.get<number>('ABSENCE_RISK_WINDOW_DAYS') ?? 30,
    };
  }
}
