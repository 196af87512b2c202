import { z } from 'zod';
import { localDateSchema as localDate, regionCodeSchema } from '../../../envelope/envelope';
import { defineEvent } from '../../../envelope/event-contract';

/**
 * 四(一)3: a left-behind child has no valid entrusted guardianship agreement (none signed, or the
 * last one has ended), or the one in force ends within the warning period. A task for the township
 * and the village first: the registry keeps the follow-up with its deadline on the child, and only
 * a gap not put right by then goes to police (registry.guardianship.escalated).
 */
export const guardianshipLapsedPayload = z.object({
  childId: z.string().min(1).max(64),
  regionCode: regionCodeSchema,
  situation: z.enum(['NO_AGREEMENT', 'AGREEMENT_ENDED', 'AGREEMENT_ENDING_SOON']),
  /** The last day of the agreement in force or last in force; null when none was ever signed. */
  validUntil: localDate.nullable(),
  /** Days from the check date to validUntil (negative once ended); null without an agreement. */
  daysLeft: z.number().int().nullable(),
  checkedOn: localDate,
});
export type GuardianshipLapsedPayload = z.infer<typeof guardianshipLapsedPayload>;

export const GuardianshipLapsedV1 = defineEvent({
  producer: 'registry',
  entity: 'guardianship',
  verb: 'lapsed',
  version: 1,
  payload: guardianshipLapsedPayload,
});
