import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection, type Connection } from 'mongoose';

/** The repository's root folder. */
export const repoRoot = join(__dirname, '..', '..', '..', '..');

/** A subgraph's printed schema (schema/<service>.graphql, from `npm run schema:update`). */
export const printedSdl = (service: string) =>
  readFileSync(join(repoRoot, 'schema', `${service}.graphql`), 'utf8');

/** Where the local stack listens (deploy/local/env.sh exports these; the defaults match it). */
export function stackSettings() {
  return {
    mongoUrl: process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017/?retryWrites=false',
    kafkaBrokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
  };
}

/** A name no other test run uses: database names and topic prefixes. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** A topic prefix of its own for one test file, e.g. `t-ab12cd.` */
export const uniqueTopicPrefix = (): string => `${uniqueName('t').replace(/_/g, '-').toLowerCase()}.`;

/** Connects to a test database of its own; drop it with `dropTestDatabase`. */
export async function connectTestDatabase(dbName: string): Promise<Connection> {
  return createConnection(stackSettings().mongoUrl, { dbName, serverSelectionTimeoutMS: 5000 }).asPromise();
}

export async function dropTestDatabase(connection: Connection): Promise<void> {
  await connection.dropDatabase().catch(() => undefined);
  await connection.close();
}

/** Thrown by a probe to stop waiting at once (the thing waited for can no longer happen). */
export class WaitAborted extends Error {}

/** Polls until `probe` returns a truthy value; fails with `what` if it has not within the timeout. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T> | T,
  { timeoutMs = 30_000, intervalMs = 100 } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      if (error instanceof WaitAborted) throw error;
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Drops the databases `<run>_<name>` of a test that started several services (each its own). */
export async function dropRunDatabases(run: string, names: readonly string[]): Promise<void> {
  const conn = await createConnection(stackSettings().mongoUrl).asPromise();
  for (const name of names)
    await conn
      .useDb(`${run}_${name}`)
      .dropDatabase()
      .catch(() => undefined);
  await conn.close();
}
