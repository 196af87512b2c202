import type { LocalDate } from '@qz/kernel';
import type { DropoutCase } from './dropout-case.repository';
import { reportOverdue } from './dropout-case.rules';
import type { DropoutCaseModel } from './dropout-case.model';

/** A stored case as the graph shows it, with whether its report is overdue today. */
export const toCaseModel = (c: DropoutCase, today: LocalDate): DropoutCaseModel => ({
  id: c.id,
  caseNumber: c.caseNumber,
  childId: c.childId,
  schoolId: c.schoolId,
  regionCode: c.regionCode,
  status: c.status,
  openedOn: c.openedOn,
  facts: c.facts,
  registeredBy: c.registeredBy,
  attempts: c.attempts.map((a) => ({
    ...a,
    guardianshipConcern: a.guardianshipConcern ?? false,
    mandatoryReportId: a.mandatoryReportId ?? null,
  })),
  flag: c.flag ?? null,
  reportDueOn: c.reportDueOn ?? null,
  reportWorkingDays: c.reportWorkingDays ?? null,
  reportOverdue: reportOverdue(c, today),
  report: c.report ?? null,
  escalation: c.escalation ?? null,
  returnedOn: c.returnedOn ?? null,
  transitions: c.transitions,
  mandatoryReportId: c.mandatoryReportId ?? null,
});
