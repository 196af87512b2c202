import { workingCalendar, type LocalDate, type WorkingCalendar } from '@qz/kernel';

/** Days the township counts for its assessment deadline (四(二)4); the county's working setting. */
export const ASSESSMENT_WORKING_DAYS = 5;

/**
 * 四(二)4: the township's assessment is due `ASSESSMENT_WORKING_DAYS` working days after it was
 * notified (the day itself not counted), by the one working-day calendar (holidays and 调休).
 */
export const assessmentDueOn = (
  notifiedOn: LocalDate,
  calendar: WorkingCalendar = workingCalendar(),
): LocalDate => calendar.addWorkingDays(notifiedOn, ASSESSMENT_WORKING_DAYS);
