import { z } from 'zod';
import { regionCodeSchema } from '../../../envelope/envelope';
import { defineEvent } from '../../../envelope/event-contract';
import { SITUATION_TYPES } from '../common';

/**
 * 四(二)3: a case was not dispatched within the city's SLA for its situation type; raised once per
 * case, for the 110 centre's supervisor to escalate.
 */
export const dispatchOverduePayload = z.object({
  caseId: z.string().min(1).max(64),
  childId: z.string().min(1).max(64).nullable(),
  regionCode: regionCodeSchema,
  situationType: z.enum(SITUATION_TYPES),
  receivedAt: z.iso.datetime({ offset: true }),
  dispatchDueAt: z.iso.datetime({ offset: true }),
  slaMinutes: z.number().int().min(1),
  detectedAt: z.iso.datetime({ offset: true }),
  minutesOverdue: z.number().int().min(0),
});
export type DispatchOverduePayload = z.infer<typeof dispatchOverduePayload>;

export const DispatchOverdueV1 = defineEvent({
  producer: 'police',
  entity: 'dispatch',
  verb: 'overdue',
  version: 1,
  payload: dispatchOverduePayload,
});
