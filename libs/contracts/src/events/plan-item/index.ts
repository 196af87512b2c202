import { z } from 'zod';
import type { Producer } from '../../envelope/envelope';
import { defineEvent, type EventContract } from '../../envelope/event-contract';
import { policeLocalDate } from '../police/common';
import { planItemAssignedPayload } from '../police/plan-item-assigned';

/**
 * 四(二)4: the departments with a service of their own that receive a plan item as
 * police.plan-item.assigned (the `department` of its payload), each its own producer of the
 * completion.
 */
export const PLAN_ITEM_DEPARTMENTS = ['EDUCATION', 'HEALTH', 'ASSISTANCE'] as const;
export type PlanItemDepartment = (typeof PLAN_ITEM_DEPARTMENTS)[number];

/** The service that keeps a department's plan items and reports their completion. */
export const PLAN_ITEM_SERVICE = {
  EDUCATION: 'education',
  HEALTH: 'health',
  ASSISTANCE: 'assistance',
} as const satisfies Record<PlanItemDepartment, Producer>;

/**
 * How the department ended its item: DELIVERED (the service was given), REFUSED_BY_FAMILY (offered
 * and refused: the case's next step is the township's and police's), NOT_APPLICABLE (the
 * department found the child does not need or qualify for it). Each with a note saying what was done.
 */
export const PLAN_ITEM_OUTCOMES = ['DELIVERED', 'REFUSED_BY_FAMILY', 'NOT_APPLICABLE'] as const;
export type PlanItemOutcome = (typeof PLAN_ITEM_OUTCOMES)[number];
export const PLAN_ITEM_OUTCOME_DESCRIPTION =
  'DELIVERED; REFUSED_BY_FAMILY (offered and refused); NOT_APPLICABLE (not needed or not eligible).';

/**
 * A department completed a plan item police assigned to it (四(二)4). One payload for the three
 * departments (the item as police assigned it, and how it ended); police marks the item done on the
 * case with a timeline entry.
 */
export const planItemCompletedPayload = planItemAssignedPayload
  .pick({ itemId: true, caseId: true, childId: true, regionCode: true, service: true, dueOn: true })
  .extend({
    department: z.enum(PLAN_ITEM_DEPARTMENTS),
    outcome: z.enum(PLAN_ITEM_OUTCOMES),
    note: z.string().min(1).max(2000),
    completedOn: policeLocalDate,
    /** Completed by the due date (true when the item had none). */
    onTime: z.boolean(),
    /** Who did it, as the department records it (a name and unit). */
    completedBy: z.string().min(1).max(100),
  });
export type PlanItemCompletedPayload = z.infer<typeof planItemCompletedPayload>;

const planItemCompleted = (producer: Producer) =>
  defineEvent({
    producer,
    entity: 'plan-item',
    verb: 'completed',
    version: 1,
    payload: planItemCompletedPayload,
  });

/** The completion contract of each department's service (`<service>.plan-item.completed.v1`). */
export const PlanItemCompletedV1: Record<PlanItemDepartment, EventContract<PlanItemCompletedPayload>> = {
  EDUCATION: planItemCompleted('education'),
  HEALTH: planItemCompleted('health'),
  ASSISTANCE: planItemCompleted('assistance'),
};

export const planItemEvents = Object.values(PlanItemCompletedV1);

export const PlanItemTopics = {
  EducationPlanItemCompletedV1: PlanItemCompletedV1.EDUCATION.topic,
  HealthPlanItemCompletedV1: PlanItemCompletedV1.HEALTH.topic,
  AssistancePlanItemCompletedV1: PlanItemCompletedV1.ASSISTANCE.topic,
} as const;
