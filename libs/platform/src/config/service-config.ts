import { readCalendarTable } from '@qz/kernel';
import { z } from 'zod';

/**
 * Settings every service reads from its environment. A missing or malformed one stops the
 * process at start with a message naming it; nothing falls back silently.
 */
export const baseConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: z.stringbool().default(false),
  /**
   * Tests and demos only: the service's clock starts at this instant (ISO 8601 with its offset,
   * e.g. 2027-01-29T09:00:00+08:00) and runs on from there. Refused in production (ClockModule).
   */
  CLOCK_START: z.iso.datetime({ offset: true }).optional(),
});

/** Settings of a subgraph service that owns a database and talks to Kafka. */
export const subgraphConfigSchema = baseConfigSchema.extend({
  MONGO_URL: z.string().regex(/^mongodb(\+srv)?:\/\//, 'a mongodb:// connection string'),
  MONGO_DB: z.string().regex(/^[A-Za-z0-9_-]{1,63}$/, 'a database name of letters, digits, _ and -'),
  KAFKA_BROKERS: z
    .string()
    .regex(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, 'host:port pairs separated by commas, e.g. 127.0.0.1:9092'),
  /** The gateway's public key (PEM): only requests it signed are answered. */
  GATEWAY_PUBLIC_KEY_FILE: z.string().min(1),
  /**
   * The service's Kafka user and password (SASL/SCRAM, issue 16 §3; the password from the
   * environment or from a file) and the cluster's CA for TLS (libs/platform kafka-security.ts).
   */
  KAFKA_SASL_MECHANISM: z.enum(['scram-sha-512', 'scram-sha-256']).optional(),
  KAFKA_SASL_USERNAME: z.string().min(1).max(64).optional(),
  KAFKA_SASL_PASSWORD: z.string().min(1).optional(),
  KAFKA_SASL_PASSWORD_FILE: z.string().min(1).optional(),
  KAFKA_SSL_CA_FILE: z.string().min(1).optional(),
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[a-z0-9.-]*$/, 'lower-case letters, digits, dots and dashes')
    .default(''),
  /**
   * Per-document write leases (@qz/messaging lease): `on` for FerretDB 1.x, which does not isolate
   * concurrent updates of one document; a production on MongoDB may set `off`. Read by the lease
   * module from the environment; validated here so a typo stops the service at start.
   */
  STORE_WRITE_LEASE: z.enum(['on', 'off']).default('on'),
  STORE_WRITE_LEASE_TTL_MS: z.coerce.number().int().min(1000).max(600_000).default(10_000),
  STORE_WRITE_LEASE_WAIT_MS: z.coerce.number().int().min(10).max(600_000).default(10_000),
  /**
   * The subgraph's own query limits (issue 16 §5), checked even for a request with a valid gateway
   * credential; above the gateway's (the query plan adds `_entities` and type conditions).
   */
  SUBGRAPH_MAX_QUERY_DEPTH: z.coerce.number().int().min(4).max(100).default(20),
  SUBGRAPH_MAX_QUERY_ALIASES: z.coerce.number().int().min(0).max(1000).default(50),
  SUBGRAPH_MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(50),
  SUBGRAPH_MAX_QUERY_TOKENS: z.coerce.number().int().min(100).max(100_000).default(10_000),
  /**
   * The access reservations of changes that committed without their final record are published
   * by a sweep every ACCESS_LEFTOVER_SWEEP_SECONDS, once older than ACCESS_LEFTOVER_GRACE_SECONDS
   * (longer than any change runs).
   */
  ACCESS_LEFTOVER_SWEEP_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  ACCESS_LEFTOVER_GRACE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  /** Tests only: a file the service appends the shape of each of its queries to (@qz/persistence). */
  QUERY_SHAPES_FILE: z.string().min(1).optional(),
  /**
   * The city's extension of the working-day calendar (@qz/kernel `workingCalendar`): JSON
   * `{"2027": {"holidays": [...], "workdays": [...]}}` for years the official table does not know
   * yet, or local holidays. Read by the kernel from the environment; checked here at start.
   */
  WORKING_CALENDAR_FILE: z
    .string()
    .min(1)
    .optional()
    .superRefine((file, ctx) => {
      if (!file) return;
      try {
        readCalendarTable(file);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
});

export type BaseConfig = z.infer<typeof baseConfigSchema>;
export type SubgraphConfig = z.infer<typeof subgraphConfigSchema>;

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/** For ConfigModule.forRoot({ validate }): returns typed settings or throws naming each bad one. */
export function validateWith<S extends z.ZodType>(schema: S) {
  return (env: Record<string, unknown>): z.infer<S> => {
    const result = schema.safeParse(env);
    if (result.success) return result.data;
    throw new ConfigurationError(
      result.error.issues.map((i) => {
        const name = i.path.join('.');
        const value = env[name];
        return value === undefined || value === ''
          ? `${name} is required but not set (${i.message})`
          : `${name} is malformed: ${i.message}`;
      }),
    );
  };
}
