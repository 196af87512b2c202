/**
 * `npm run bench -- import --rows N`: N new children (100,000) through the registry's import (the
 * GraphQL import of a county's file, on a registry of its own: `bench_import_<N>_registry`,
 * dropped afterwards unless --keep), rows/s and the registry's peak RSS as it reports it; then
 * the store's own rate for the same documents: `insertMany` of the imported children's documents
 * (copies with new ids, batches of 1,000) into a scratch collection of the same database.
 */
import { aUser, freePort, ServiceProcess, viaGateway } from '@qz/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { numberFlag, printResult, progress, type Flags } from './lib/cli';
import { importChildren } from './lib/import-run';
import { connectStore } from './lib/system';

const BATCH = 1000;

export async function importBench(flags: Flags): Promise<void> {
  const rows = numberFlag(flags, 'rows', 100_000);
  const db = `bench_import_${rows}_registry`;
  const dir = mkdtempSync(join(tmpdir(), 'qz-bench-import-'));
  const store = await connectStore();
  await store.useDb(db).dropDatabase();
  const registry = new ServiceProcess('registry', await freePort(), {
    MONGO_DB: db,
    KAFKA_TOPIC_PREFIX: `bench-import-${rows}.`,
    IMPORT_DIR: dir,
  });
  try {
    await registry.start('/health/ready', 120_000);
    progress(`importing ${rows} rows into ${db}`);
    const headers = await viaGateway(aUser('CIVIL_AFFAIRS_OFFICER', '450700', { userId: 'bench-civil' }));
    const imported = await importChildren(registry.url, headers, dir, 0, rows, 7200);
    await registry.stop();

    progress(`the store's own insertMany of ${imported.imported} such documents`);
    const children = store.useDb(db).collection<Record<string, unknown>>('children');
    const scratch = store.useDb(db).collection<Record<string, unknown>>('raw_insert');
    const docs = await children.find({}).toArray(); // read first: only the inserts are timed
    const t = performance.now();
    let inserted = 0;
    for (let i = 0; i < docs.length; i += BATCH) {
      const batch = docs.slice(i, i + BATCH).map((d, k) => ({ ...d, _id: `raw-${i + k}` }));
      await scratch.insertMany(batch as never[], { ordered: false });
      inserted += batch.length;
    }
    const rawSeconds = (performance.now() - t) / 1000;
    printResult(
      'import',
      { rows, batch: BATCH, through: 'registry importChildren (GraphQL), relay publishing' },
      {
        import: imported,
        rawInsertMany: {
          documents: inserted,
          seconds: Math.round(rawSeconds * 10) / 10,
          documentsPerSecond: Math.round(inserted / rawSeconds),
        },
        importShareOfRaw: Math.round((imported.rowsPerSecond / (inserted / rawSeconds)) * 100) / 100,
      },
    );
  } finally {
    await registry.stop();
    if (flags.keep !== 'true') await store.useDb(db).dropDatabase();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
