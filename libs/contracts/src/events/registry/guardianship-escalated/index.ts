import { z } from 'zod';
import { localDateSchema as localDate, regionCodeSchema } from '../../../envelope/envelope';
import { defineEvent } from '../../../envelope/event-contract';

/**
 * 四(一)3 then 四(二)2: a left-behind child's missing entrusted-guardianship agreement went to the
 * township and the village first (a follow-up due by `dueOn`, on the working-day calendar) and was
 * not put right by then. Only this escalation makes the missing agreement a police report; the gap
 * itself (registry.guardianship.lapsed) is the township's and the village's task.
 */
export const guardianshipEscalatedPayload = z.object({
  childId: z.string().min(1).max(64),
  regionCode: regionCodeSchema,
  situation: z.enum(['NO_AGREEMENT', 'AGREEMENT_ENDED']),
  /** The last day of the agreement last in force; null when none was ever signed. */
  validUntil: localDate.nullable(),
  /** When the follow-up went to the township and village queue. */
  openedOn: localDate,
  /** The last working day they had to put it right. */
  dueOn: localDate,
  escalatedOn: localDate,
});
export type GuardianshipEscalatedPayload = z.infer<typeof guardianshipEscalatedPayload>;

export const GuardianshipEscalatedV1 = defineEvent({
  producer: 'registry',
  entity: 'guardianship',
  verb: 'escalated',
  version: 1,
  payload: guardianshipEscalatedPayload,
});
