import { z } from 'zod';
import { regionCodeSchema } from '../../../envelope/envelope';
import { defineEvent } from '../../../envelope/event-contract';

/**
 * Where a child in temporary care went when it ended (四(二)3): back to the parents or guardian
 * (RETURNED_TO_GUARDIAN), to a relative or entrusted guardian who takes on the care
 * (ENTRUSTED_GUARDIAN), or into civil affairs' custody (CIVIL_AFFAIRS_CUSTODY: the minors' protection
 * centre or a welfare institution; the child is still without family support).
 */
export const TEMPORARY_CARE_OUTCOMES = [
  'RETURNED_TO_GUARDIAN',
  'ENTRUSTED_GUARDIAN',
  'CIVIL_AFFAIRS_CUSTODY',
] as const;
export type TemporaryCareOutcome = (typeof TEMPORARY_CARE_OUTCOMES)[number];

/**
 * 四(二)3: police ended an identified child's temporary care (a TEMPORARY_CARE_ENDED measure on the
 * case, with its written handover). The registry takes the child out of 临时失去家庭依靠 when the
 * child went back to a family (RETURNED_TO_GUARDIAN, ENTRUSTED_GUARDIAN) and reclassifies it;
 * assistance answers the classification.
 */
export const temporaryCareEndedPayload = z.object({
  caseId: z.string().min(1).max(64),
  /** The ending measure on the case (its id): a redelivery names the same one. */
  measureId: z.string().min(1).max(64),
  /** The TEMPORARY_CARE measure it ends. */
  startedMeasureId: z.string().min(1).max(64),
  childId: z.string().min(1).max(64),
  regionCode: regionCodeSchema,
  outcome: z.enum(TEMPORARY_CARE_OUTCOMES),
  /** Who took the child (a parent, the entrusted guardian, the institution), as the measure names it. */
  handedTo: z.string().min(1).max(200),
  /** The written handover (书面交接). */
  handoverDocument: z.string().min(1).max(200),
  endedAt: z.iso.datetime({ offset: true }),
});
export type TemporaryCareEndedPayload = z.infer<typeof temporaryCareEndedPayload>;

export const TemporaryCareEndedV1 = defineEvent({
  producer: 'police',
  entity: 'temporary-care',
  verb: 'ended',
  version: 1,
  payload: temporaryCareEndedPayload,
});
