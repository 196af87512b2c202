import type { PlanDepartment, PlanItemCompletedPayload, PlanService } from '@qz/contracts';
import type { AssessmentLevel } from './assessment.rules';

/** What police keep of a department's completion of a plan item. */
export interface StoredPlanItemCompletion {
  completedOn: string;
  outcome: PlanItemCompletedPayload['outcome'];
  note: string;
  completedBy: string;
  onTime: boolean;
  /** The department's event it came from; null for an item the township recorded in police. */
  eventId: string | null;
}

export interface StoredPlanItem {
  id: string;
  service: PlanService;
  department: PlanDepartment;
  description: string;
  dueOn: string | null;
  /**
   * Set when the department reports the item completed (assistance, health, education), or when
   * the township records its own or justice's item done (completeCasePlanItem).
   */
  completion?: StoredPlanItemCompletion | null;
}

/** 四(二)4: the township's assessment of the child and its plan of services. */
export interface StoredAssessment {
  assessedOn: string;
  dueOn: string;
  onTime: boolean;
  /** Who took part: the township, civil affairs, police (and helpers). */
  participants: string[];
  safety: AssessmentLevel;
  guardianship: AssessmentLevel;
  health: AssessmentLevel;
  findings: string;
  plan: StoredPlanItem[];
  recordedBy: string;
  /** The day the last item of a non-empty plan was completed (every item done); absent before. */
  planCompletedOn?: string | null;
}
