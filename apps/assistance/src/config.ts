import { subgraphConfigSchema } from '@qz/platform';
import { z } from 'zod';

/** The assistance service's settings, besides those of every subgraph. */
export const assistanceConfigSchema = subgraphConfigSchema.extend({
  /** How often classifications that arrived before their child's registration are proposed for. */
  ELIGIBILITY_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
});
