import { baseConfigSchema } from '@qz/platform';
import { z } from 'zod';

const url = z.url({ protocol: /^https?$/ });

/** The gateway's settings: where the supergraph file is, and (optionally) where each subgraph runs. */
export const gatewayConfigSchema = baseConfigSchema.extend({
  SUPERGRAPH_PATH: z.string().min(1).optional(),
  SUBGRAPH_REGISTRY_URL: url.optional(),
  SUBGRAPH_EDUCATION_URL: url.optional(),
  SUBGRAPH_HEALTH_URL: url.optional(),
  SUBGRAPH_POLICE_URL: url.optional(),
  SUBGRAPH_ASSISTANCE_URL: url.optional(),
  /** Milliseconds a subgraph may take before the gateway answers without it. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
