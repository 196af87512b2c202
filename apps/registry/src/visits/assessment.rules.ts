import { addDays, type LocalDate } from '@qz/kernel';
import { VISIT_INTERVAL_DAYS, type RiskLevel } from './visit.rules';

/** How the township judged one side of the child's situation (四(二)4). */
export type AssessedLevel = 'SAFE' | 'AT_RISK' | 'IN_DANGER';

export interface TownshipAssessment {
  caseId: string;
  assessedOn: LocalDate;
  safety: AssessedLevel;
  guardianship: AssessedLevel;
  health: AssessedLevel;
}

/** The child's visit schedule as the ledger keeps it. */
export interface VisitSchedule {
  riskLevel: string;
  lastVisitOn: LocalDate | null;
  nextVisitDue: LocalDate;
  /** The township assessment that set the schedule last, when one did. */
  assessedOn?: LocalDate | null;
  assessmentCaseId?: string | null;
}

const ORDER: RiskLevel[] = ['LOW', 'MEDIUM', 'HIGH'];

/**
 * 四(二)4: the township assessed the child's safety, guardianship and health. Any side in danger
 * is HIGH risk, any side at risk MEDIUM, all safe LOW.
 */
export function riskFromAssessment(
  a: Pick<TownshipAssessment, 'safety' | 'guardianship' | 'health'>,
): RiskLevel {
  const levels = [a.safety, a.guardianship, a.health];
  if (levels.includes('IN_DANGER')) return 'HIGH';
  return levels.includes('AT_RISK') ? 'MEDIUM' : 'LOW';
}

/**
 * The schedule after a township assessment (四(二)4 assessment, 四(一)3 动态管理): the assessment
 * sets the risk level either way — it is the township's investigation, not a visitor's flags — and
 * the visits restart from it at that level's interval. A raise never puts off a visit already due
 * sooner. Returns null (the schedule stays) when something newer set it: a visit after the
 * assessment day, or a later assessment.
 */
export function scheduleAfterAssessment(
  current: VisitSchedule | null | undefined,
  a: TownshipAssessment,
): VisitSchedule | null {
  if (current?.lastVisitOn && current.lastVisitOn > a.assessedOn) return null;
  if (current?.assessedOn && current.assessedOn > a.assessedOn) return null;
  const riskLevel = riskFromAssessment(a);
  let nextVisitDue = addDays(a.assessedOn, VISIT_INTERVAL_DAYS[riskLevel]);
  const raised = !current || ORDER.indexOf(riskLevel) > ORDER.indexOf(current.riskLevel as RiskLevel);
  if (current && raised && current.nextVisitDue < nextVisitDue) nextVisitDue = current.nextVisitDue;
  return {
    riskLevel,
    lastVisitOn: current?.lastVisitOn ?? null,
    nextVisitDue,
    assessedOn: a.assessedOn,
    assessmentCaseId: a.caseId,
  };
}
