import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './service-process';
import { runStackScript } from './stack-script';

/**
 * A Kafka broker of one test's own, started and stopped with the project's stack script (same jars,
 * its own ports, data and logs), for tests that take the broker away without disturbing the others.
 */
export class DedicatedKafka {
  private readonly dir = mkdtempSync(join(tmpdir(), 'qz-kafka-'));
  private env: Record<string, string> | null = null;

  /** `settings`: more of the stack's settings, e.g. `{ KAFKA_SASL: 'on' }` (users and ACLs). */
  constructor(private readonly settings: Record<string, string> = {}) {}

  /** With KAFKA_SASL=on: the password of one of the broker's users (deploy/local/env.sh). */
  password(user: string): string {
    return readFileSync(join(this.dir, 'kafka', 'credentials', user), 'utf8').trim();
  }

  get brokers(): string[] {
    if (!this.env) throw new Error('DedicatedKafka: call start() first');
    return [`127.0.0.1:${this.env.KAFKA_PORT}`];
  }

  async start(): Promise<void> {
    this.env ??= {
      STACK_INSTANCE_DIR: this.dir,
      KAFKA_PORT: String(await freePort()),
      KAFKA_CONTROLLER_PORT: String(await freePort()),
      KAFKA_HEAP_OPTS: '-Xmx256m -Xms128m',
      ...this.settings,
    };
    await this.stack('up', 'kafka');
  }

  async stop(): Promise<void> {
    if (this.env) await this.stack('down', 'kafka');
  }

  /** Stops the broker and deletes its data. */
  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async stack(...args: string[]): Promise<void> {
    await runStackScript(this.env ?? {}, ...args);
  }
}
