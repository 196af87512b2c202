import { baseConfigSchema } from '@qz/platform';
import { accessSync, constants } from 'node:fs';
import { z } from 'zod';

const url = z.url({ protocol: /^https?$/ });

/** The gateway's settings: where the supergraph file is, and (optionally) where each subgraph runs. */
export const gatewayConfigSchema = baseConfigSchema
  .extend({
    /** Who signs users' tokens and for whom: tokens of another issuer or audience are refused. */
    AUTH_ISSUER: z.string().min(1),
    AUTH_AUDIENCE: z.string().min(1),
    /** The identity provider's keys (production) … */
    AUTH_JWKS_URL: url.optional(),
    /** … or its public key file (the local demo issuer, `npm run auth:keys`). */
    AUTH_PUBLIC_KEY_FILE: z.string().min(1).optional(),
    /** Longest life a user's token may have been given (`exp - iat`): longer is LIFETIME_TOO_LONG. */
    AUTH_MAX_TOKEN_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 7)
      .default(12),
    /** The gateway's private key: the subgraphs answer only what it signed. */
    GATEWAY_PRIVATE_KEY_FILE: z.string().min(1),
    SUPERGRAPH_PATH: z.string().min(1).optional(),
    SUBGRAPH_REGISTRY_URL: url.optional(),
    SUBGRAPH_EDUCATION_URL: url.optional(),
    SUBGRAPH_HEALTH_URL: url.optional(),
    SUBGRAPH_POLICE_URL: url.optional(),
    SUBGRAPH_ASSISTANCE_URL: url.optional(),
    /** Query limits, checked before any subgraph is called (issue: one graph for every department). */
    MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
    // graphql-armor's cost: objects 2, scalars 1, ×1.5 per level, × a literal `first`/`last`.
    MAX_QUERY_COST: z.coerce.number().int().min(10).max(1_000_000).default(20_000),
    MAX_QUERY_ALIASES: z.coerce.number().int().min(0).max(1000).default(15),
    MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(20),
    MAX_QUERY_TOKENS: z.coerce.number().int().min(100).max(100_000).default(3000),
    /** Largest page a list may be asked for (arguments first, last, limit): PAGE_SIZE_TOO_LARGE above. */
    MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(200),
    /** Schema introspection; off in production unless set (the schema is no secret, but needs no publishing). */
    GRAPHQL_INTROSPECTION: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true')),
    /** Largest request body in bytes (query and variables together). */
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(102_400),
    /** The staff console's built files (Vite's output); default dist/apps/console beside the gateway. */
    CONSOLE_DIR: z.string().min(1).optional(),
    /** The console's GraphiQL page for integrators; off in production unless set. */
    CONSOLE_GRAPHIQL: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true')),
    /** The local demo issuer's private key, for the console's demo sign-in (never in production). */
    DEMO_ISSUER_PRIVATE_KEY_FILE: z.string().min(1).optional(),
    /**
     * Requests per user (token subject): RATE_LIMIT_BURST at once, then RATE_LIMIT_PER_SECOND; over
     * that, 429 RATE_LIMITED with Retry-After. Far above what a person at the console or the test
     * suites send; RATE_LIMIT_USERS buckets at most are kept in memory.
     */
    RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(1_000_000).default(300),
    RATE_LIMIT_PER_SECOND: z.coerce.number().positive().max(100_000).default(20),
    RATE_LIMIT_USERS: z.coerce.number().int().min(100).max(10_000_000).default(50_000),
    /** Milliseconds a subgraph may take before the gateway answers without it. */
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  })
  .refine((c) => !!c.AUTH_JWKS_URL !== !!c.AUTH_PUBLIC_KEY_FILE, {
    message: 'set exactly one of AUTH_JWKS_URL and AUTH_PUBLIC_KEY_FILE',
    path: ['AUTH_JWKS_URL'],
  })
  .superRefine(productionChecks);

const readable = (file: string) => {
  try {
    accessSync(file, constants.R_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * NODE_ENV=production refuses to start rather than run open: with introspection switched on, or
 * with a key file that is not there (the service would fail on the first request instead).
 */
function productionChecks(
  c: { NODE_ENV: string; GRAPHQL_INTROSPECTION?: boolean } & Record<string, unknown>,
  ctx: z.RefinementCtx,
): void {
  if (c.NODE_ENV !== 'production') return;
  if (c.GRAPHQL_INTROSPECTION)
    ctx.addIssue({
      code: 'custom',
      path: ['GRAPHQL_INTROSPECTION'],
      message: 'introspection may not be switched on when NODE_ENV=production; unset it or set it to false',
    });
  for (const name of ['GATEWAY_PRIVATE_KEY_FILE', 'AUTH_PUBLIC_KEY_FILE'] as const) {
    const file = c[name];
    if (typeof file === 'string' && !readable(file))
      ctx.addIssue({
        code: 'custom',
        path: [name],
        message: `the key file ${file} does not exist or cannot be read; production needs it`,
      });
  }
}

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
