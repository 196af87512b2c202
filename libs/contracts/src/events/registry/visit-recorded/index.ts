import { z } from 'zod';
import { localDateSchema as localDate, regionCodeSchema } from '../../../envelope/envelope';
import { defineEvent } from '../../../envelope/event-contract';

export const VISIT_KINDS = ['HOME_VISIT', 'CALL_IN', 'FOLLOW_UP'] as const;
export const RISK_FLAGS = [
  'NO_GUARDIAN_PRESENT',
  'LIVING_ALONE',
  'SIGNS_OF_ABUSE',
  'NOT_IN_SCHOOL',
  'UNTREATED_ILLNESS',
  'NO_FOOD_OR_SHELTER',
  'MENTAL_DISTRESS',
] as const;

/** 四(一)4: a home visit (家访 / 探访 / 随访) was recorded against a child. */
export const visitRecordedPayload = z.object({
  childId: z.string().min(1).max(64),
  visitId: z.string().min(1).max(64),
  regionCode: regionCodeSchema,
  kind: z.enum(VISIT_KINDS),
  visitedOn: localDate,
  visitorId: z.string().min(1).max(64),
  riskFlags: z.array(z.enum(RISK_FLAGS)),
  riskLevel: z.enum(['LOW', 'MEDIUM', 'HIGH']),
  nextVisitDue: localDate,
});
export type VisitRecordedPayload = z.infer<typeof visitRecordedPayload>;

export const VisitRecordedV1 = defineEvent({
  producer: 'registry',
  entity: 'visit',
  verb: 'recorded',
  version: 1,
  payload: visitRecordedPayload,
});
