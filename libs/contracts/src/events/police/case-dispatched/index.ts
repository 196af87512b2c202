import { z } from 'zod';
import { regionCodeSchema } from '../../../envelope/envelope';
import { defineEvent } from '../../../envelope/event-contract';

/** 四(二)3: police went out to the child (第一时间出警), the case's first response. */
export const caseDispatchedPayload = z.object({
  caseId: z.string().min(1).max(64),
  childId: z.string().min(1).max(64).nullable(),
  regionCode: regionCodeSchema,
  unit: z.string().min(1).max(100),
  dispatchedAt: z.iso.datetime({ offset: true }),
  dispatchDueAt: z.iso.datetime({ offset: true }),
  withinSla: z.boolean(),
  minutesToDispatch: z.number().int().min(0),
});
export type CaseDispatchedPayload = z.infer<typeof caseDispatchedPayload>;

export const CaseDispatchedV1 = defineEvent({
  producer: 'police',
  entity: 'case',
  verb: 'dispatched',
  version: 1,
  payload: caseDispatchedPayload,
});
