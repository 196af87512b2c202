import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, type WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Identity } from '@qz/identity';
import { authEnv, knownSubgraph, viaGateway, withGatewayCredential } from '../access/test-identities';
import { repoRoot, stackSettings, WaitAborted, waitFor } from './stack';

/**
 * Ports for the services a test starts: each jest worker has its own block, below the kernel's
 * ephemeral range (32768–60999), so two test files running at once never pick the same port. A
 * port taken from the ephemeral range could be handed to the other worker between the check and
 * the service's listen, and that worker's gateway would then talk to this worker's service.
 */
/** TEST_PORT_BASE moves the blocks (a second checkout's tests beside this one's). */
const PORT_BASE = Number(process.env['TEST_PORT_BASE'] ?? 20_000);
const PORT_BLOCK = 1_000;
const PORT_BLOCKS = 6; // 20000–25999: below FerretDB's 27017
let nextPort = Math.floor(Math.random() * PORT_BLOCK);

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port of this worker's block that nobody listens on right now. */
export async function freePort(): Promise<number> {
  const worker = Number(process.env['JEST_WORKER_ID'] ?? 0) % PORT_BLOCKS;
  const first = PORT_BASE + worker * PORT_BLOCK;
  for (let tried = 0; tried < PORT_BLOCK; tried++) {
    const port = first + (nextPort++ % PORT_BLOCK);
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port in ${first}–${first + PORT_BLOCK - 1}`);
}

/**
 * One service running as its own process from the build in dist/, as it runs in production.
 * Its output is kept, shown when it fails to become ready, and written to
 * `.stack/logs/services/<name>-<port>.log` for a look after a failed run.
 */
export class ServiceProcess {
  private process: ChildProcess | null = null;
  private output = '';
  private logFile: WriteStream | null = null;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    knownSubgraph(this.url, name);
  }

  /** The process id while it runs (the benchmarks read its CPU time). */
  get pid(): number | undefined {
    return this.process?.pid;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  async start(readyPath = '/health/ready', timeoutMs = 60_000): Promise<void> {
    const main = join(repoRoot, 'dist', 'apps', this.name, 'src', 'main.js');
    if (!existsSync(main)) throw new Error(`${main} is missing: run "npm run build" first`);
    this.output = '';
    const child = spawn(process.execPath, [main], {
      cwd: repoRoot,
      env: {
        ...process.env,
        MONGO_URL: stackSettings().mongoUrl,
        KAFKA_BROKERS: stackSettings().kafkaBrokers.join(','),
        LOG_LEVEL: 'warn',
        ...authEnv(),
        ...this.env,
        PORT: String(this.port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const logDir = join(process.env.STACK_DIR ?? join(repoRoot, '.stack'), 'logs', 'services');
    mkdirSync(logDir, { recursive: true });
    this.logFile = createWriteStream(join(logDir, `${this.name}-${this.port}.log`), { flags: 'a' });
    const keep = (d: Buffer) => {
      this.output += d.toString();
      this.logFile?.write(d);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.process = child;
    try {
      await waitFor(
        `${this.name} to be ready on port ${this.port}`,
        async () => {
          if (child.exitCode !== null) throw new WaitAborted(`${this.name} exited with ${child.exitCode}`);
          const res = await fetch(`http://127.0.0.1:${this.port}${readyPath}`);
          return res.ok;
        },
        { timeoutMs, intervalMs: 200 },
      );
    } catch (error) {
      throw new Error(`${String(error)}\n--- ${this.name} output ---\n${this.output.slice(-4000)}`);
    }
  }

  /** Stops the process: SIGTERM (graceful shutdown), or SIGKILL to simulate a crash. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.process;
    this.process = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
    this.logFile?.end();
    this.logFile = null;
  }

  get logs(): string {
    return this.output;
  }
}

/**
 * Sends a GraphQL request and returns the parsed JSON body. Headers of `viaGateway(user)` become
 * the gateway's credential for this very request.
 */
export async function graphql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ data?: T; errors?: { message: string; path?: unknown[]; extensions?: Record<string, any> }[] }> {
  const body = JSON.stringify({ query, variables });
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await withGatewayCredential(headers, url, body)) },
    body,
  });
  return (await res.json()) as never;
}

/**
 * `graphql` sent as `user` unless a request names other headers: signed by `sign`, `viaGateway`
 * (straight to a subgraph, as the gateway forwards it) or `asUser` (a user's token, to the gateway).
 */
export function graphqlAs(
  user: Identity,
  sign: (user: Identity) => Promise<Record<string, string>> = viaGateway,
): typeof graphql {
  return async (url, query, variables = {}, headers) =>
    graphql(url, query, variables, headers ?? (await sign(user)));
}
