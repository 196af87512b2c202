import { z } from 'zod';
import { regionCodeSchema } from '../../../envelope/envelope';
import { defineEvent } from '../../../envelope/event-contract';

/**
 * 四(二)3 临时照料 / 临时监护: police took an identified child into the temporary care of a rescue
 * or welfare institution (a TEMPORARY_CARE measure on the case, with its written handover) — the
 * guardian cannot or will not care for the child. The child is then temporarily without family
 * support (四(一) category 4, 临时失去家庭依靠): the registry records it and reclassifies the
 * child, and assistance answers the classification (temporary assistance, 四(三)1).
 */
export const temporaryCareStartedPayload = z.object({
  caseId: z.string().min(1).max(64),
  /** The measure on the case (its id): a redelivery names the same one. */
  measureId: z.string().min(1).max(64),
  childId: z.string().min(1).max(64),
  regionCode: regionCodeSchema,
  /** The institution taking the child in, as the measure names it. */
  institution: z.string().min(1).max(200),
  /** The written handover (书面交接). */
  handoverDocument: z.string().min(1).max(200),
  startedAt: z.iso.datetime({ offset: true }),
});
export type TemporaryCareStartedPayload = z.infer<typeof temporaryCareStartedPayload>;

export const TemporaryCareStartedV1 = defineEvent({
  producer: 'police',
  entity: 'temporary-care',
  verb: 'started',
  version: 1,
  payload: temporaryCareStartedPayload,
});
