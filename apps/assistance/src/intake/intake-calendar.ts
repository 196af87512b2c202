import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkingCalendar } from './working-days.rules';

/** The working calendar (data/working-calendar.json) and the step deadlines (configuration). */
@Injectable()
export class IntakeCalendar {
  readonly calendar: WorkingCalendar;
  readonly reviewWorkingDays: number;
  readonly approvalWorkingDays: number;

  constructor(config: ConfigService) {
    const file = join(__dirname, '..', '..', 'data', 'working-calendar.json');
    const { holidays, workdays } = JSON.parse(readFileSync(file, 'utf8')) as WorkingCalendar;
    this.calendar = { holidays, workdays };
    this.reviewWorkingDays = config.get<number>('INTAKE_REVIEW_WORKING_DAYS', 5);
    this.approvalWorkingDays = config.get<number>('INTAKE_APPROVAL_WORKING_DAYS', 5);
  }
}
