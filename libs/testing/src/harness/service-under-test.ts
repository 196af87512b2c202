import type { INestApplication, Type } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { authEnv, knownSubgraph } from '../access/test-identities';
import { freePort, ServiceProcess } from '../stack/service-process';
import { connectTestDatabase, stackSettings, uniqueName, uniqueTopicPrefix, waitFor } from '../stack/stack';

/**
 * One service a test runs against the real broker and store, with a database and a topic prefix of
 * its own (or shared with the other services of the test), started either as a process from dist/
 * (`startService`) or in the test's process (`startInProcess`).
 */
export interface ServiceUnderTest {
  readonly name: string;
  /** Its GraphQL endpoint. */
  readonly url: string;
  readonly dbName: string;
  readonly topicPrefix: string;
  /** A connection to its database, for arranging data and checking what it wrote. */
  readonly db: Connection;
  /** Stops it and drops its database (unless `keepDatabase`). */
  stop(): Promise<void>;
}

export interface ServiceOptions {
  /** Its database (default: a new one named after the service). */
  dbName?: string;
  /** Its topic prefix (default: a new one); services of one test that talk share it. */
  topicPrefix?: string;
  /** More settings (environment variables) of the service. */
  env?: Record<string, string>;
  /** Leave the database when stopping (another service of the test still uses it). */
  keepDatabase?: boolean;
}

export interface ServiceProcessUnderTest extends ServiceUnderTest {
  readonly process: ServiceProcess;
}

/** A service as it runs in production: a process from dist/ (run "npm run build" first), ready when it says so. */
export async function startService(
  name: string,
  options: ServiceOptions = {},
): Promise<ServiceProcessUnderTest> {
  const dbName = options.dbName ?? uniqueName(name);
  const topicPrefix = options.topicPrefix ?? uniqueTopicPrefix();
  const proc = new ServiceProcess(name, await freePort(), {
    MONGO_DB: dbName,
    KAFKA_TOPIC_PREFIX: topicPrefix,
    ...options.env,
  });
  await proc.start();
  const db = await connectTestDatabase(dbName);
  return {
    name,
    url: proc.url,
    dbName,
    topicPrefix,
    db,
    process: proc,
    async stop() {
      await proc.stop();
      if (!options.keepDatabase) await db.dropDatabase().catch(() => undefined);
      await db.close();
    },
  };
}

/** The gateway as a process, composing the subgraphs named (any other subgraph is unreachable). */
export async function startGateway(
  subgraphs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ServiceProcess> {
  const urls = Object.fromEntries(
    Object.entries(subgraphs).map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url]),
  );
  const gateway = new ServiceProcess('gateway', await freePort(), { ...urls, ...env });
  await gateway.start('/health/live');
  return gateway;
}

export interface InProcessOptions extends ServiceOptions {
  /** Providers replaced in the application, e.g. `[[CLOCK, new ManualClock(...)]]`. */
  overrides?: [token: unknown, value: unknown][];
}

export interface InProcessService extends ServiceUnderTest {
  /** The NestJS application, to reach its providers. */
  readonly app: INestApplication;
}

/**
 * A service's root module in the test's process (its providers reachable, its clock replaceable),
 * listening on a free port against the real broker and store; ready when `/health/ready` says so
 * (its store answers, its consumer has joined). `loadModule` imports the module only once the
 * settings are in the environment, e.g. `() => import('../src/app.module').then((m) => m.AppModule)`.
 */
export async function startInProcess(
  name: string,
  loadModule: () => Promise<Type<unknown>>,
  options: InProcessOptions = {},
): Promise<InProcessService> {
  const dbName = options.dbName ?? uniqueName(name);
  const topicPrefix = options.topicPrefix ?? uniqueTopicPrefix();
  Object.assign(process.env, {
    PORT: '1',
    MONGO_URL: stackSettings().mongoUrl,
    MONGO_DB: dbName,
    KAFKA_BROKERS: stackSettings().kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: topicPrefix,
    LOG_LEVEL: 'warn',
    ...authEnv(),
    ...options.env,
  });
  const { Test } = await import('@nestjs/testing');
  const { getConnectionToken } = await import('@nestjs/mongoose');
  let builder = Test.createTestingModule({ imports: [await loadModule()] });
  for (const [token, value] of options.overrides ?? []) {
    builder = builder.overrideProvider(token as never).useValue(value);
  }
  const app = (await builder.compile()).createNestApplication({ logger: false });
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  await waitFor(`${name} (in-process) to be ready`, async () => (await fetch(`${base}/health/ready`)).ok, {
    timeoutMs: 60_000,
    intervalMs: 200,
  });
  const db = app.get<Connection>(getConnectionToken());
  knownSubgraph(`${base}/graphql`, name);
  return {
    name,
    url: `${base}/graphql`,
    dbName,
    topicPrefix,
    db,
    app,
    async stop() {
      if (!options.keepDatabase) await db.dropDatabase().catch(() => undefined);
      await app.close();
    },
  };
}
