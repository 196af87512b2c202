import { z } from 'zod';
import { regionCodeSchema } from '../../../envelope/envelope';
import { defineEvent } from '../../../envelope/event-contract';
import { policeLocalDate } from '../common';

/**
 * 四(二)5 监护干预: the court revoked a guardian's guardianship on a petition and appointed another
 * (often civil affairs, the child then taken in by a welfare institution). The registry records the
 * new guardian (DOMAIN §4 flow 6); assistance re-evaluates.
 */
export const guardianshipRevokedPayload = z.object({
  caseId: z.string().min(1).max(64),
  petitionId: z.string().min(1).max(64),
  childId: z.string().min(1).max(64),
  regionCode: regionCodeSchema,
  grounds: z
    .array(z.enum(['ENDANGERMENT_NOT_CORRECTED', 'REFUSED_DUTIES_SIX_MONTHS', 'SERIOUS_HARM_OR_ABANDONMENT']))
    .min(1),
  /** The guardian whose guardianship was revoked, as named in the petition. */
  formerGuardian: z.string().min(1).max(100),
  court: z.string().min(1).max(100),
  decidedOn: policeLocalDate,
  newGuardian: z.object({
    kind: z.enum(['CIVIL_AFFAIRS', 'WELFARE_INSTITUTION', 'RELATIVE', 'OTHER']),
    name: z.string().min(1).max(100),
  }),
});
export type GuardianshipRevokedPayload = z.infer<typeof guardianshipRevokedPayload>;

export const GuardianshipRevokedV1 = defineEvent({
  producer: 'police',
  entity: 'guardianship',
  verb: 'revoked',
  version: 1,
  payload: guardianshipRevokedPayload,
});
