import { z } from 'zod';
import { localDateSchema as localDate, regionCodeSchema } from '../../../envelope/envelope';

/** The assistance programmes of 四(三)1 a child can receive a benefit from. */
export const ASSISTANCE_PROGRAMMES = [
  'ORPHAN_ALLOWANCE',
  'TEKUN_SUPPORT',
  'DIBAO',
  'TEMPORARY_ASSISTANCE',
] as const;
export const assistanceProgramme = z.enum(ASSISTANCE_PROGRAMMES);
export type AssistanceProgramme = z.infer<typeof assistanceProgramme>;

export const BENEFIT_STATUSES = ['ACTIVE', 'SUSPENDED', 'ENDED'] as const;

/**
 * A benefit as it stands after the change the event announces. Amounts are in fen (1/100 yuan),
 * integers, so no consumer rounds money. `endDate` is the last day paid, when known.
 */
export const benefitPayload = z.object({
  benefitId: z.string().min(1).max(64),
  childId: z.string().min(1).max(64),
  programme: assistanceProgramme,
  regionCode: regionCodeSchema,
  status: z.enum(BENEFIT_STATUSES),
  monthlyAmountFen: z.number().int().min(0).max(100_000_000),
  startDate: localDate,
  endDate: localDate.nullable(),
  /** Why it changed, in words a caseworker wrote or the rule that applied. */
  reason: z.string().min(1).max(500),
  /** When the change takes effect (for suspended and ended: the first day not paid). */
  effectiveDate: localDate,
});

export type BenefitPayload = z.infer<typeof benefitPayload>;
