import { type ServiceProcessUnderTest, startService } from '@qz/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ImportingRegistry {
  /** The registry process, its database and topics its own. */
  svc: ServiceProcessUnderTest;
  /** Its import directory (IMPORT_DIR): the files a test imports are written here. */
  dir: string;
  /** Stops it, drops its database and removes the directory. */
  stop(): Promise<void>;
}

/** A registry process of its own that imports ledger files from a new directory. */
export async function startImportingRegistry(env: Record<string, string> = {}): Promise<ImportingRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'qz-import-'));
  const svc = await startService('registry', { env: { IMPORT_DIR: dir, ...env } });
  return {
    svc,
    dir,
    async stop() {
      await svc.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * startImportingRegistry for the tests of one describe block: started in its beforeAll, stopped in
 * its afterAll; read its fields inside the tests.
 */
export function importingRegistryForThisBlock(env: Record<string, string> = {}): ImportingRegistry {
  const registry = {} as ImportingRegistry;
  beforeAll(async () => {
    Object.assign(registry, await startImportingRegistry(env));
  });
  afterAll(() => registry.stop?.());
  return registry;
}
