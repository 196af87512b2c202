import { z } from 'zod';
import { regionCodeSchema } from '../../../envelope/envelope';
import { defineEvent } from '../../../envelope/event-contract';
import { PLAN_SERVICES, policeLocalDate } from '../common';

/**
 * 四(二)4: one item of an assessment's plan that another department delivers (assistance: social
 * assistance, emergency shelter; health: medical treatment, counselling; education: behaviour
 * correction). That department's service consumes it and acts on its part.
 */
export const planItemAssignedPayload = z.object({
  itemId: z.string().min(1).max(64),
  caseId: z.string().min(1).max(64),
  childId: z.string().min(1).max(64).nullable(),
  regionCode: regionCodeSchema,
  service: z.enum(PLAN_SERVICES),
  department: z.enum(['ASSISTANCE', 'HEALTH', 'EDUCATION']),
  description: z.string().min(1).max(1000),
  dueOn: policeLocalDate.nullable(),
});
export type PlanItemAssignedPayload = z.infer<typeof planItemAssignedPayload>;

export const PlanItemAssignedV1 = defineEvent({
  producer: 'police',
  entity: 'plan-item',
  verb: 'assigned',
  version: 1,
  payload: planItemAssignedPayload,
});
