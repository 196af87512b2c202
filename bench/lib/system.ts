/**
 * The system under test, as it runs in production: the five subgraph services and the gateway,
 * each a process started from dist/ (`npm run build` first), on the shared local stack, with the
 * databases and topics of one seeded size: `bench_s<size>_<service>`, topics `bench-s<size>.*`.
 */
import type { Identity } from '@qz/identity';
import { asUser, aUser, freePort, ServiceProcess, stackSettings, withGatewayCredential } from '@qz/testing';
import { Kafka, logLevel } from 'kafkajs';
import { createConnection, type Connection } from 'mongoose';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { progress } from './cli';

/**
 * The villages the seeded children live in, in turn: every village of the registry's demo tree
 * (apps/registry/data/villages-demo.csv, 184 villages of 65 townships in four counties; a code
 * outside it is refused), so a township holds about 1/60 of the children, as in a real city.
 */
export const VILLAGES = readFileSync(join(__dirname, '../../apps/registry/data/villages-demo.csv'), 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0])
  .filter((code) => /^\d{12}$/.test(code));
/** The townships (one per county, three villages each) and counties whose pages and counts are asked. */
export const TOWNSHIPS = ['450702100', '450703103', '450721101', '450722101'];
export const COUNTIES = TOWNSHIPS.map((t) => t.slice(0, 6));
export const CITY = '450700';

/** The subgraphs, as in the supergraph (libs/schema-tools SUBGRAPHS). */
export const SERVICES = ['registry', 'education', 'health', 'police', 'assistance'];
export const DEPARTMENTS = SERVICES.filter((s) => s !== 'registry');

export const databaseOf = (size: number, service: string) => `bench_s${size}_${service}`;
export const topicPrefixOf = (size: number) => `bench-s${size}.`;

/** The users the benchmarks act as (the local test identities, signed with the local keys). */
export const USERS = {
  civil: aUser('CIVIL_AFFAIRS_OFFICER', CITY, { userId: 'bench-civil' }),
  coordinator: aUser('COORDINATOR', CITY, { userId: 'bench-coordinator', purpose: 'benchmark: case review' }),
  educationOfficer: aUser('EDUCATION_OFFICER', CITY, { userId: 'bench-education' }),
  school: aUser('SCHOOL_STAFF', CITY, { userId: 'bench-school' }),
  dpf: aUser('DPF_OFFICER', CITY, { userId: 'bench-dpf' }),
  police: aUser('POLICE_OFFICER', CITY, { userId: 'bench-police' }),
} satisfies Record<string, Identity>;

const headerCache = new Map<Identity, Promise<Record<string, string>>>();
/** Request headers of a user: a bearer token valid 12 hours. */
export const headersOf = (user: Identity) => {
  if (!headerCache.has(user)) headerCache.set(user, asUser(user, { expiresIn: '12h' }));
  return headerCache.get(user) as Promise<Record<string, string>>;
};

/**
 * How headers naming a user (`viaGateway`) are sent: `subgraph` signs the gateway's credential for
 * this very request (a request straight to a subgraph); `forward` sends them as they are, to a
 * gateway that signs each of its own subgraph calls (Hive's plugin).
 */
export type Signing = 'subgraph' | 'forward';

/** Sends one operation; the data, or throws with the first error (code and path). */
export async function gql<T = any>(
  url: string,
  headers: Record<string, string>,
  query: string,
  variables = {},
  signing: Signing = 'subgraph',
) {
  const sent = JSON.stringify({ query, variables });
  const signed = signing === 'subgraph' ? await withGatewayCredential(headers, url, sent) : headers;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signed },
    body: sent,
  });
  const body = (await res.json()) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors?.length) {
    const e = body.errors[0];
    throw new Error(`${e.extensions?.code ?? res.status}: ${e.message.slice(0, 200)}`);
  }
  return body.data as T;
}

/** The same as an attempt for a load loop: null when answered without errors, else the error. */
export async function attemptGql(
  url: string,
  headers: Record<string, string>,
  query: string,
  variables = {},
  signing: Signing = 'subgraph',
) {
  try {
    await gql(url, headers, query, variables, signing);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export interface RunningSystem {
  subgraphs: Map<string, ServiceProcess>;
  gateway: ServiceProcess;
  gatewayUrl: string;
  stop(): Promise<void>;
}

/** What to stop when the benchmark is interrupted (run.ts stops these on SIGINT and SIGTERM). */
export const running = new Set<() => Promise<void>>();

/** Starts the five subgraphs on the databases of `size`, then the gateway in front of them. */
export async function startSystem(size: number, extraEnv: Record<string, Record<string, string>> = {}) {
  const subgraphs = new Map<string, ServiceProcess>();
  for (const name of SERVICES)
    subgraphs.set(
      name,
      new ServiceProcess(name, await freePort(), {
        MONGO_DB: databaseOf(size, name),
        KAFKA_TOPIC_PREFIX: topicPrefixOf(size),
        ...extraEnv[name],
      }),
    );
  const started: ServiceProcess[] = [];
  const stop = async () => {
    running.delete(stop);
    await Promise.all(started.map((s) => s.stop()));
  };
  running.add(stop);
  try {
    progress(`starting ${SERVICES.join(', ')} on bench_s${size}_*`);
    await Promise.all(
      [...subgraphs.values()].map(async (s) => {
        started.push(s);
        await s.start('/health/ready', 120_000);
      }),
    );
    const urls = Object.fromEntries(
      [...subgraphs.values()].map((s) => [`SUBGRAPH_${s.name.toUpperCase()}_URL`, s.url]),
    );
    // One bench user sends far more than a person: the per-user rate limit is raised out of the way.
    const gateway = new ServiceProcess('gateway', await freePort(), {
      ...urls,
      RATE_LIMIT_BURST: '1000000',
      RATE_LIMIT_PER_SECOND: '100000',
    });
    started.push(gateway);
    await gateway.start('/health/live', 60_000);
    return { subgraphs, gateway, gatewayUrl: gateway.url, stop } satisfies RunningSystem;
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A connection to the store (one client; `useDb` per service database). */
export async function connectStore(): Promise<Connection> {
  return createConnection(stackSettings().mongoUrl, { serverSelectionTimeoutMS: 5000 }).asPromise();
}

/** How many documents each department's copy of the ledger holds (`child_replicas`). */
export async function replicaCounts(store: Connection, size: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const d of DEPARTMENTS)
    counts[d] = await store.useDb(databaseOf(size, d)).collection('child_replicas').countDocuments();
  return counts;
}

/**
 * Deletes a seeded size's topics (`bench-s<size>.*` and their dead-letter topics): a seed stopped
 * half-way leaves its registry events there, and a new seed's departments, on fresh databases,
 * would apply them as well (their groups' offsets were never committed past them).
 */
export async function deleteTopicsOf(size: number): Promise<number> {
  const admin = new Kafka({
    brokers: stackSettings().kafkaBrokers,
    clientId: 'bench-drop',
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const prefix = topicPrefixOf(size);
    const topics = (await admin.listTopics()).filter(
      (t) => t.startsWith(prefix) || t.startsWith(`dlq.${prefix}`),
    );
    if (topics.length) await admin.deleteTopics({ topics, timeout: 60_000 });
    return topics.length;
  } finally {
    await admin.disconnect();
  }
}

export const childCount = (store: Connection, size: number) =>
  store.useDb(databaseOf(size, 'registry')).collection('children').countDocuments();

/** Waits, bounded, until `probe` holds; returns the seconds it took. */
export async function waitUntil(
  what: string,
  probe: () => Promise<boolean>,
  timeoutS: number,
  intervalMs = 2000,
) {
  const t = performance.now();
  for (;;) {
    if (await probe()) return Math.round((performance.now() - t) / 100) / 10;
    if (performance.now() - t > timeoutS * 1000)
      throw new Error(`timed out after ${timeoutS} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
