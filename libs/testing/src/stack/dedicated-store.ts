import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './service-process';
import { runStackScript } from './stack-script';
import { repoRoot } from './stack';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A store of one test's own — PostgreSQL and FerretDB started with the project's stack script (same
 * binaries, its own ports, data and logs) — for tests that stop, reset or restore the store.
 */
export class DedicatedStore {
  readonly dir = mkdtempSync(join(tmpdir(), 'qz-store-'));
  private settings: Record<string, string> | null = null;

  get mongoUrl(): string {
    if (!this.settings) throw new Error('DedicatedStore: call start() first');
    return `mongodb://127.0.0.1:${this.settings.MONGO_PORT}/?retryWrites=false`;
  }

  async start(): Promise<void> {
    this.settings ??= {
      STACK_INSTANCE_DIR: this.dir,
      MONGO_PORT: String(await freePort()),
      PG_PORT: String(await freePort()),
    };
    await this.stack('up', 'ferretdb');
  }

  /** Runs `stack.sh <args>` on this store (e.g. `backup <file>`); returns what it printed. */
  stack(...args: string[]): Promise<string> {
    if (!this.settings) throw new Error('DedicatedStore: call start() first');
    return runStackScript(this.settings, ...args);
  }

  /** Runs SQL on FerretDB's PostgreSQL database of this store (psql, unaligned); returns its output. */
  async sql(...statements: string[]): Promise<string> {
    if (!this.settings) throw new Error('DedicatedStore: call start() first');
    const script =
      'source deploy/local/env.sh && "$(qz_pg_bindir)/psql" -X -q -At -v ON_ERROR_STOP=1 ' +
      '-h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$PG_DATABASE" "$@"';
    const { stdout } = await run('bash', ['-c', script, 'psql', ...statements.flatMap((s) => ['-c', s])], {
      cwd: repoRoot,
      env: { ...process.env, ...this.settings },
    });
    return stdout.trim();
  }

  /** Stops the store and deletes its data. */
  async destroy(): Promise<void> {
    if (this.settings) await this.stack('reset', 'ferretdb').catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
