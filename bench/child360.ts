/**
 * `npm run bench -- child360 --size N`: a page of 20 children of a township with their registry,
 * education, health, protection and assistance parts, `--connections` (8) for `--duration` (30 s),
 * through our gateway, through Hive Gateway on the same supergraph and the same running subgraphs,
 * and straight against the subgraphs (the same fetches the gateway makes, stage by stage, so
 * gateway latency minus this is the gateway's own share). One run, one after another.
 */
import { viaGateway } from '@qz/testing';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureStages, type Stages } from './lib/capture';
import { numberFlag, printResult, progress, type Flags } from './lib/cli';
import { closedLoop, type LoadResult } from './lib/load';
import { attemptGql, headersOf, startSystem, TOWNSHIPS, USERS } from './lib/system';
import { seededChildren } from './ledger';
import { freePort, repoRoot, waitFor } from '@qz/testing';

export const PAGE = `query ($r: String!) { children(filter: { regionCode: $r }, first: 20) { edges { node {
  id familyName givenName sex birthDate regionCode
  classification { categories { category } leftBehind protectedAsChildInDifficulty }
  education { compulsoryEducationAge enrolment { grade } absences { date excused } }
  health { rehabAssistanceAge medicalAssistanceGroup disability { type grade } }
  protection { forbiddenToLiveAlone openCases closedCases lastReportedAt }
  assistance { qualifiesFor { programme covered } benefits { programme status } proposals { programme status } }
} } } }`;

/** The subgraphs' identity header of the coordinator, re-signed before it expires (120 s). */
function assertionHolder() {
  const holder = { headers: {} as Record<string, string> };
  const refresh = async () => {
    holder.headers = await viaGateway(USERS.coordinator);
  };
  const timer = setInterval(() => void refresh(), 60_000);
  return { holder, ready: refresh(), stop: () => clearInterval(timer) };
}

async function startHive(supergraph: string) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', join(repoRoot, 'bench', 'lib', 'hive-gateway.ts'), supergraph, String(port)],
    {
      cwd: repoRoot,
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
  return { url, stop: () => child.kill('SIGTERM') };
}

async function replay(stages: Stages, headers: Record<string, string>): Promise<string | null> {
  for (const stage of stages) {
    const answers = await Promise.all(
      stage.map(async (f) => {
        const res = await fetch(f.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
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
  await seededChildren(size);
  const dir = mkdtempSync(join(tmpdir(), 'qz-bench-360-'));
  const system = await startSystem(size);
  const identity = assertionHolder();
  let hive: Awaited<ReturnType<typeof startHive>> | null = null;
  try {
    await identity.ready;
    const urls = new Map([...system.subgraphs].map(([name, s]) => [name, s.url]));
    let supergraph = readFileSync(join(repoRoot, 'apps', 'gateway', 'supergraph.graphql'), 'utf8');
    for (const [name, url] of urls)
      supergraph = supergraph.replace(
        new RegExp(`(@join__graph\\(name: "${name}", url: )"[^"]*"`),
        `$1"${url}"`,
      );
    writeFileSync(join(dir, 'supergraph.graphql'), supergraph);
    hive = await startHive(join(dir, 'supergraph.graphql'));
    const hiveUrl = hive.url;

    const coordinator = await headersOf(USERS.coordinator);
    const purpose = { 'x-access-purpose': coordinator['x-access-purpose'] };
    progress('capturing the subgraph fetches of one page per township');
    // One page per township, one after another: the stages of each page follow each other.
    const captured = await captureStages(urls, async (capturingGateway) => {
      for (const r of TOWNSHIPS) {
        const error = await attemptGql(capturingGateway, coordinator, PAGE, { r });
        if (error) throw new Error(`the page of ${r} fails through our gateway: ${error}`);
      }
    });
    const perPage = captured.length / TOWNSHIPS.length;
    if (!Number.isInteger(perPage))
      throw new Error(`the pages' fetches did not fall into equal stages: ${captured.length}`);
    const stagesByTownship = new Map(
      TOWNSHIPS.map((r, i) => [r, captured.slice(i * perPage, (i + 1) * perPage)]),
    );

    let n = 0;
    const next = () => TOWNSHIPS[n++ % TOWNSHIPS.length];
    const targets: [string, () => Promise<string | null>][] = [
      ['ours', () => attemptGql(system.gatewayUrl, coordinator, PAGE, { r: next() })],
      ['hive', () => attemptGql(hiveUrl, { ...identity.holder.headers, ...purpose }, PAGE, { r: next() })],
      ['subgraphs', () => replay(stagesByTownship.get(next()) ?? [], identity.holder.headers)],
    ];
    const results: Record<string, LoadResult> = {};
    for (const [name, attempt] of targets) {
      progress(`${name}: warm-up, then ${connections} connections for ${seconds} s`);
      await closedLoop(attempt, 2, 3);
      results[name] = await closedLoop(attempt, connections, seconds);
      progress(
        `${name}: ${results[name].perSecond} pages/s, p95 ${results[name].latencyMs.p95} ms, ${results[name].errors} errors`,
      );
    }
    printResult(
      'child360',
      {
        size,
        connections,
        durationSeconds: seconds,
        pageSize: 20,
        stagesPerPage: stagesByTownship.get(TOWNSHIPS[0])?.length,
      },
      {
        ours: results.ours,
        hive: results.hive,
        subgraphs: results.subgraphs,
        gatewayShareMs: {
          ours: share(results.ours, results.subgraphs),
          hive: share(results.hive, results.subgraphs),
        },
      },
    );
  } finally {
    identity.stop();
    hive?.stop();
    await system.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
