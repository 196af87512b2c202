import type { PlanDepartment, PlanService } from '@qz/contracts';
import type { LocalDate } from '@qz/kernel';

/** How the child is found on each of the three questions of 四(二)4. */
export const ASSESSMENT_LEVELS = ['SAFE', 'AT_RISK', 'IN_DANGER'] as const;
export type AssessmentLevel = (typeof ASSESSMENT_LEVELS)[number];

/**
 * 四(二)4: who delivers each service of the plan, unless the township names another. Guidance is
 * the township's own; shelter and social assistance civil affairs' (the assistance service);
 * medical treatment and counselling health's; behaviour correction the school's; legal aid justice's.
 */
export const DEFAULT_DEPARTMENT: Record<PlanService, PlanDepartment> = {
  GUARDIANSHIP_GUIDANCE: 'TOWNSHIP',
  EMERGENCY_SHELTER: 'ASSISTANCE',
  MEDICAL_TREATMENT: 'HEALTH',
  COUNSELLING: 'HEALTH',
  BEHAVIOUR_CORRECTION: 'EDUCATION',
  SOCIAL_ASSISTANCE: 'ASSISTANCE',
  LEGAL_AID: 'JUSTICE',
};

/** Departments with a service of their own: their plan items are sent to them as events. */
export const EVENT_DEPARTMENTS = ['ASSISTANCE', 'HEALTH', 'EDUCATION'] as const;
export type EventDepartment = (typeof EVENT_DEPARTMENTS)[number];
export const isEventDepartment = (d: PlanDepartment): d is EventDepartment =>
  (EVENT_DEPARTMENTS as readonly string[]).includes(d);

/** The township's assessment is overdue from the day after its due date until it is recorded. */
export const isAssessmentOverdue = (dueOn: LocalDate, today: LocalDate) => today > dueOn;

/**
 * 四(二)4: a child found at risk or in danger on any question gets a plan of at least one service;
 * a plan is empty only when the child is safe on all three.
 */
export function planNeeded(levels: AssessmentLevel[]): boolean {
  return levels.some((l) => l !== 'SAFE');
}

/** The same service twice in one plan is one item written twice. */
export function repeatedService(services: PlanService[]): PlanService | undefined {
  return services.find((s, i) => services.indexOf(s) !== i);
}
