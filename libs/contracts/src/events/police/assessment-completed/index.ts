import { z } from 'zod';
import { regionCodeSchema } from '../../../envelope/envelope';
import { defineEvent } from '../../../envelope/event-contract';
import { PLAN_DEPARTMENTS, PLAN_SERVICES, policeLocalDate } from '../common';

const level = z.enum(['SAFE', 'AT_RISK', 'IN_DANGER']);

/**
 * 四(二)4 评估帮扶: the township, with civil affairs and police, assessed the child's safety,
 * guardianship and health and set a plan of services (DOMAIN §4 flow 3, AssessmentCompleted).
 */
export const assessmentCompletedPayload = z.object({
  caseId: z.string().min(1).max(64),
  childId: z.string().min(1).max(64).nullable(),
  regionCode: regionCodeSchema,
  townshipCode: z.string().regex(/^\d{9}$/, 'a 9-digit township code'),
  assessedOn: policeLocalDate,
  dueOn: policeLocalDate,
  onTime: z.boolean(),
  safety: level,
  guardianship: level,
  health: level,
  plan: z.array(
    z.object({
      itemId: z.string().min(1).max(64),
      service: z.enum(PLAN_SERVICES),
      department: z.enum(PLAN_DEPARTMENTS),
    }),
  ),
});
export type AssessmentCompletedPayload = z.infer<typeof assessmentCompletedPayload>;

export const AssessmentCompletedV1 = defineEvent({
  producer: 'police',
  entity: 'assessment',
  verb: 'completed',
  version: 1,
  payload: assessmentCompletedPayload,
});
