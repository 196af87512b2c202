import type { Identity } from '@qz/identity';
import { asUser } from '../access/test-identities';
import { DEMO_VILLAGE } from '../builders/child.builder';
import { freePort, graphql, ServiceProcess } from './service-process';
import { gatewayCalls } from '../access/gateway-calls';
import { dropRunDatabases, uniqueTopicPrefix } from './stack';

export interface WholeSystem {
  gateway: ServiceProcess;
  subgraphs: ServiceProcess[];
  /** Stops every process and drops the run's databases. */
  stop(): Promise<void>;
}

/** A subgraph by its name, or with settings (environment variables) of its own. */
export type SubgraphSpec = string | { name: string; env: Record<string, string> };

/**
 * The whole system as it runs, from the build: one process per subgraph (`specs`), each with a
 * database `<run>_<name>` of its own and the file's topic prefix, and the gateway in front of them.
 */
export async function startWholeSystem(
  run: string,
  topicPrefix: string,
  specs: readonly SubgraphSpec[],
  gatewayEnv: Record<string, string> = {},
  /** How long each process may take to be ready: generous, the machine may be shared. */
  startTimeoutMs = 180_000,
): Promise<WholeSystem> {
  const resolved = specs.map((s) => (typeof s === 'string' ? { name: s, env: {} } : s));
  const names = resolved.map((s) => s.name);
  const subgraphs: ServiceProcess[] = [];
  for (const { name, env } of resolved)
    subgraphs.push(
      new ServiceProcess(name, await freePort(), {
        MONGO_DB: `${run}_${name}`,
        KAFKA_TOPIC_PREFIX: topicPrefix,
        ...env,
      }),
    );
  const urls = Object.fromEntries(subgraphs.map((s) => [`SUBGRAPH_${s.name.toUpperCase()}_URL`, s.url]));
  const gateway = new ServiceProcess('gateway', await freePort(), { ...urls, ...gatewayEnv });
  const stop = async () => {
    await gateway.stop();
    await Promise.all(subgraphs.map((s) => s.stop()));
    await dropRunDatabases(run, names);
  };
  try {
    await Promise.all(subgraphs.map((s) => s.start('/health/ready', startTimeoutMs)));
    await gateway.start('/health/live', startTimeoutMs);
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return { gateway, subgraphs, stop };
}

/** The whole system over `subgraphs` (e.g. every one of @qz/schema-tools' SUBGRAPHS), each given 90 s to be ready. */
export const startSystemOf = (run: string, topicPrefix: string, subgraphs: readonly { name: string }[]) =>
  startWholeSystem(
    run,
    topicPrefix,
    subgraphs.map((s) => s.name),
    {},
    90_000,
  );

/**
 * The whole system over `specs` for the tests of one describe block: started in its beforeAll
 * (the hook given `hookTimeoutMs`), stopped in its afterAll. Gives the block's calls to its gateway
 * as a user (gatewayCalls).
 */
export function wholeSystemForThisBlock(
  run: string,
  specs: readonly SubgraphSpec[],
  hookTimeoutMs = 300_000,
) {
  let system: WholeSystem | undefined;
  beforeAll(async () => {
    system = await startWholeSystem(run, uniqueTopicPrefix(), specs);
  }, hookTimeoutMs);
  afterAll(() => system?.stop());
  return gatewayCalls(() => (system as WholeSystem).gateway.url);
}

/** A request to the gateway as `user` (a user's token); any GraphQL error fails it. */
export async function gatewayData(
  gatewayUrl: string,
  user: Identity,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<any> {
  const res = await graphql(gatewayUrl, query, variables, await asUser(user));
  if (res.errors) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/**
 * Education's first steps with a child, through the gateway: the county's bureau opens a junior
 * secondary school of 沙埠镇 (`name`), its staff enrol the child in grade 1 since 2025-09-01.
 */
export async function enrolInNewSchool(
  gatewayUrl: string,
  by: { bureau: Identity; staff: Identity },
  childId: string,
  name: string,
): Promise<{ id: string; name: string }> {
  const school = (
    await gatewayData(
      gatewayUrl,
      by.bureau,
      `mutation ($input: CreateSchoolInput!) { createSchool(input: $input) { id name } }`,
      { input: { name, regionCode: DEMO_VILLAGE.slice(0, 9), level: 'JUNIOR_SECONDARY' } },
    )
  ).createSchool;
  await gatewayData(
    gatewayUrl,
    by.staff,
    `mutation ($input: EnrolStudentInput!) { enrolStudent(input: $input) { childId } }`,
    { input: { childId, schoolId: school.id, grade: 1, boarding: false, enrolledOn: '2025-09-01' } },
  );
  return school;
}
