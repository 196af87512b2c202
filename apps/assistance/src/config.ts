import { subgraphConfigSchema } from '@qz/platform';
import { z } from 'zod';

/** The assistance service's settings, besides those of every subgraph. */
export const assistanceConfigSchema = subgraphConfigSchema.extend({
  /** How often classifications that arrived before their child's registration are proposed for. */
  /** How often benefits whose term is over are ended (with a BenefitEnded event). */
  BENEFIT_TERM_SWEEP_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  /** 四(四)1: working days the township has for its first-instance review of an application. */
  INTAKE_REVIEW_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(5),
  /** 四(四)1: working days the county has for its approval after the township's review. */
  INTAKE_APPROVAL_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(5),
});
