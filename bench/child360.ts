/**
 * `npm run bench -- child360 --size N`: a page of 20 children of a township with their registry,
 * education, health, protection and assistance parts, `--connections` (8) for `--duration` (30 s),
 * through our gateway, through Hive Gateway on the same supergraph and the same running subgraphs,
 * and straight against the subgraphs (the same fetches the gateway makes, stage by stage, so
 * gateway latency minus this is the gateway's own share). One run, one after another.
 */
import { viaGateway, withGatewayCredential } from '@qz/testing';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureStages, type StartGateway, type Stages } from './lib/capture';
import { numberFlag, printResult, progress, type Flags } from './lib/cli';
import { closedLoop, newSink, type LoadResult } from './lib/load';
import { attemptGql, gql, headersOf, type Signing, startSystem, TOWNSHIPS, USERS } from './lib/system';
import { seededChildren } from './ledger';
import { freePort, repoRoot, ServiceProcess, waitFor } from '@qz/testing';

export const PAGE = `query ($r: String!) { children(filter: { regionCode: $r }, first: 20) { edges { node {
  id familyName givenName sex birthDate regionCode
  classification { categories { category } leftBehind protectedAsChildInDifficulty }
  education { compulsoryEducationAge enrolment { grade } absences { date excused } }
  health { rehabAssistanceAge medicalAssistanceGroup disability { type grade } }
  protection { forbiddenToLiveAlone openCases closedCases lastReportedAt }
  assistance { qualifiesFor { programme covered } benefits { programme status } proposals { programme status } }
} } } }`;

/**
 * The header naming the coordinator to Hive and to the replays: each subgraph call gets its own
 * credential from it when it is sent (Hive's signing plugin, `withGatewayCredential`).
 */
function assertionHolder() {
  const holder = { headers: {} as Record<string, string> };
  const ready = viaGateway(USERS.coordinator).then((headers) => void (holder.headers = headers));
  return { holder, ready, stop: () => undefined };
}

/** Hive Gateway on our supergraph, its subgraph URLs replaced by `urls`. */
async function startHive(urls: Map<string, string>, dir: string, deduplicate: boolean) {
  let supergraph = readFileSync(join(repoRoot, 'schema', 'supergraph.graphql'), 'utf8');
  for (const [name, url] of urls)
    supergraph = supergraph.replace(
      new RegExp(`(@join__graph\\(name: "${name}", url: )"[^"]*"`),
      `$1"${url}"`,
    );
  const file = join(dir, `supergraph-${Date.now()}.graphql`);
  writeFileSync(file, supergraph);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', join(repoRoot, 'bench', 'lib', 'hive-gateway.ts'), file, String(port)],
    {
      cwd: repoRoot,
      env: { ...process.env, HIVE_DEDUPLICATE: String(deduplicate) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await waitFor('Hive Gateway to listen', () => output.includes('hive gateway on'), {
      timeoutMs: 60_000,
      intervalMs: 200,
    });
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`Hive Gateway did not start: ${String(error)}\n${output.slice(-2000)}`);
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  return { url, stop };
}

async function replay(stages: Stages, headers: Record<string, string>): Promise<string | null> {
  for (const stage of stages) {
    const answers = await Promise.all(
      stage.map(async (f) => {
        // the gateway's credential is made per call (one subgraph, one body), as the gateway does
        const res = await fetch(f.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(await withGatewayCredential(headers, f.url, f.body)),
          },
          body: f.body,
        });
        const body = (await res.json()) as { errors?: { message: string }[] };
        return body.errors?.length ? body.errors[0].message : res.ok ? null : `HTTP ${res.status}`;
      }),
    );
    const error = answers.find((a) => a);
    if (error) return error;
  }
  return null;
}

const share = (gateway: LoadResult, subgraphs: LoadResult) => ({
  p50: Math.round(((gateway.latencyMs.p50 ?? 0) - (subgraphs.latencyMs.p50 ?? 0)) * 10) / 10,
  p95: Math.round(((gateway.latencyMs.p95 ?? 0) - (subgraphs.latencyMs.p95 ?? 0)) * 10) / 10,
});

export async function child360(flags: Flags): Promise<void> {
  const size = numberFlag(flags, 'size', 10_000);
  const connections = numberFlag(flags, 'connections', 8);
  const seconds = numberFlag(flags, 'duration', 30);
  const hiveDedupe = flags['hive-dedupe'] === 'true';
  await seededChildren(size);
  const dir = mkdtempSync(join(tmpdir(), 'qz-bench-360-'));
  const system = await startSystem(size);
  const identity = assertionHolder();
  let hive: Awaited<ReturnType<typeof startHive>> | null = null;
  try {
    await identity.ready;
    const urls = new Map([...system.subgraphs].map(([name, s]) => [name, s.url]));
    hive = await startHive(urls, dir, hiveDedupe);
    const hiveUrl = hive.url;
    const coordinator = await headersOf(USERS.coordinator);
    const purpose = { 'x-access-purpose': coordinator['x-access-purpose'] };
    const hiveHeaders = () => ({ ...identity.holder.headers, ...purpose });
    /** The fetches of one page per township through a gateway, in township order. */
    const capture = async (
      startGateway: StartGateway,
      headers: () => Record<string, string>,
      signing: Signing,
    ) => {
      const captured = await captureStages(urls, startGateway, async (capturingGateway) => {
        for (const r of TOWNSHIPS) {
          const error = await attemptGql(capturingGateway, headers(), PAGE, { r }, signing);
          if (error) throw new Error(`the page of ${r} fails: ${error}`);
        }
      });
      const perPage = captured.length / TOWNSHIPS.length;
      if (!Number.isInteger(perPage))
        throw new Error(`the pages' fetches did not fall into equal stages: ${captured.length}`);
      return new Map(TOWNSHIPS.map((r, i) => [r, captured.slice(i * perPage, (i + 1) * perPage)]));
    };
    progress('capturing the subgraph fetches of one page per township, through each gateway');
    const oursPlan = await capture(
      async (proxied) => {
        const env = Object.fromEntries(
          [...proxied].map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url]),
        );
        const gateway = new ServiceProcess('gateway', await freePort(), env);
        await gateway.start('/health/live', 60_000);
        return { url: gateway.url, stop: () => gateway.stop() };
      },
      () => coordinator,
      'subgraph',
    );
    const hivePlan = await capture((proxied) => startHive(proxied, dir, hiveDedupe), hiveHeaders, 'forward');

    let n = 0;
    const next = () => TOWNSHIPS[n++ % TOWNSHIPS.length];
    const targets: [string, () => Promise<string | null>][] = [
      ['ours', () => attemptGql(system.gatewayUrl, coordinator, PAGE, { r: next() })],
      ['hive', () => attemptGql(hiveUrl, hiveHeaders(), PAGE, { r: next() }, 'forward')],
      ['subgraphsOursPlan', () => replay(oursPlan.get(next()) ?? [], identity.holder.headers)],
      ['subgraphsHivePlan', () => replay(hivePlan.get(next()) ?? [], identity.holder.headers)],
    ];
    // The same page from both gateways: the comparison is void if they answer differently.
    const [fromOurs, fromHive] = await Promise.all([
      gql(system.gatewayUrl, coordinator, PAGE, { r: TOWNSHIPS[0] }),
      gql(hiveUrl, hiveHeaders(), PAGE, { r: TOWNSHIPS[0] }, 'forward'),
    ]);
    const sameAnswer = JSON.stringify(fromOurs) === JSON.stringify(fromHive);
    if (!sameAnswer) progress('WARNING: Hive Gateway and ours answer the same page differently');

    // Rounds, each target in turn, so that a change of the machine's load falls on all three.
    const rounds = numberFlag(flags, 'rounds', 3);
    const sinks = Object.fromEntries(targets.map(([name]) => [name, newSink()]));
    for (const [, attempt] of targets) await closedLoop(attempt, 2, 3); // warm-up
    const results: Record<string, LoadResult> = {};
    for (let round = 1; round <= rounds; round++)
      for (const [name, attempt] of targets) {
        results[name] = await closedLoop(attempt, connections, seconds / rounds, undefined, sinks[name]);
        progress(
          `round ${round}, ${name}: ${results[name].perSecond} pages/s, p95 ${results[name].latencyMs.p95} ms`,
        );
      }
    // The gateway's own share, where nothing queues: one connection, each target in turn.
    const alone: Record<string, LoadResult> = {};
    const aloneSinks = Object.fromEntries(targets.map(([name]) => [name, newSink()]));
    for (let round = 1; round <= rounds; round++)
      for (const [name, attempt] of targets)
        alone[name] = await closedLoop(
          attempt,
          1,
          Math.max(2, seconds / rounds / 2),
          undefined,
          aloneSinks[name],
        );
    progress(
      `one connection: ${targets.map(([name]) => `${name} p50 ${alone[name].latencyMs.p50} ms`).join(', ')}`,
    );

    printResult(
      'child360',
      {
        size,
        connections,
        durationSeconds: seconds,
        rounds,
        hiveDeduplicatesSubgraphQueries: hiveDedupe,
        pageSize: 20,
        sameAnswer,
        fetchesPerPage: {
          ours: oursPlan.get(TOWNSHIPS[0])?.map((stage) => stage.length),
          hive: hivePlan.get(TOWNSHIPS[0])?.map((stage) => stage.length),
        },
      },
      {
        ours: results.ours,
        hive: results.hive,
        subgraphsOursPlan: results.subgraphsOursPlan,
        subgraphsHivePlan: results.subgraphsHivePlan,
        gatewayShareMs: {
          atOneConnection: {
            ours: share(alone.ours, alone.subgraphsOursPlan),
            hive: share(alone.hive, alone.subgraphsHivePlan),
          },
          atLoad: {
            ours: share(results.ours, results.subgraphsOursPlan),
            hive: share(results.hive, results.subgraphsHivePlan),
          },
        },
        oneConnection: alone,
      },
    );
  } finally {
    identity.stop();
    await hive?.stop();
    await system.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
