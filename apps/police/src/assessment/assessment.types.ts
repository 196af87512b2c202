import type { PlanDepartment, PlanService } from '@qz/contracts';
import type { AssessmentLevel } from './assessment.rules';

export interface StoredPlanItem {
  id: string;
  service: PlanService;
  department: PlanDepartment;
  description: string;
  dueOn: string | null;
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
}
