import { freePort, ServiceProcess } from './service-process';
import { dropRunDatabases } from './stack';

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
