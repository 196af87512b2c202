import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { workingCalendar, type WorkingCalendar } from '@qz/kernel';

/** The working-day calendar (the kernel's, with the city's WORKING_CALENDAR_FILE) and the step deadlines. */
@Injectable()
export class IntakeCalendar {
  readonly calendar: WorkingCalendar;
  readonly reviewWorkingDays: number;
  readonly approvalWorkingDays: number;

  constructor(config: ConfigService) {
    this.calendar = workingCalendar(config.get<string>('WORKING_CALENDAR_FILE'));
    this.reviewWorkingDays = config.get<number>('INTAKE_REVIEW_WORKING_DAYS', 5);
    this.approvalWorkingDays = config.get<number>('INTAKE_APPROVAL_WORKING_DAYS', 5);
  }
}
