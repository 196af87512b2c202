import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection, type Connection } from 'mongoose';
import { DedicatedStore } from './dedicated-store';
import { waitFor } from './stack';

/**
 * The local store as deploy/local/stack.sh runs it: FerretDB on a PostgreSQL cluster of its own,
 * started unprivileged, data kept across restarts, backup and restore, reset.
 */
describe('the local store (stack.sh: FerretDB on PostgreSQL)', () => {
  const store = new DedicatedStore();
  let connection: Connection | null = null;

  const connect = async () => {
    connection = await createConnection(store.mongoUrl, {
      dbName: 'store_check',
      serverSelectionTimeoutMS: 10_000,
    }).asPromise();
    return connection.collection<{ _id: string; n: number }>('things');
  };
  const disconnect = async () => {
    await connection?.close().catch(() => undefined);
    connection = null;
  };

  beforeAll(() => store.start(), 180_000);
  afterAll(async () => {
    await disconnect();
    await store.destroy();
  }, 120_000);

  it('runs PostgreSQL as an unprivileged user, never as root', () => {
    const pid = readFileSync(join(store.dir, 'run', 'postgres.pid'), 'utf8').trim();
    const uid = /^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    expect(uid).toBeDefined();
    expect(uid).not.toBe('0');
  });

  it('keeps the data across a restart, backs it up and restores it, and reset empties it', async () => {
    const written = [
      { _id: 'a', n: 1 },
      { _id: 'b', n: 2 },
    ];
    const expectWritten = async (from: Awaited<ReturnType<typeof connect>>) =>
      expect(await from.find().sort({ _id: 1 }).toArray()).toEqual(written);
    let things = await connect();
    await things.insertMany(written.map((d) => ({ ...d })));
    await disconnect();

    await store.stack('down', 'ferretdb');
    await store.stack('up', 'ferretdb');
    things = await connect();
    await expectWritten(things);

    const file = join(store.dir, 'backup.dump');
    await store.stack('backup', file);
    await things.deleteOne({ _id: 'a' });
    await things.updateOne({ _id: 'b' }, { $set: { n: 20 } });
    await disconnect();

    await store.stack('restore', file);
    things = await connect();
    await expectWritten(things);
    await disconnect();

    await store.stack('reset', 'ferretdb');
    await store.stack('up', 'ferretdb');
    things = await connect();
    expect(await things.countDocuments()).toBe(0);
  }, 180_000);

  it('lets PostgreSQL answer FerretDB’s equality filters from an index (GIN twins, plans for the values)', async () => {
    await connect();
    if (!connection) throw new Error('not connected');
    const kids = connection.collection<{ _id: string; regionPath: string[]; n: number }>('indexed');
    await kids.createIndex({ regionPath: 1 });
    const village = (i: number) => `4507021002${String(i % 100).padStart(2, '0')}`;
    await kids.insertMany(
      Array.from({ length: 5000 }, (_, i) => ({ _id: `k${i}`, regionPath: ['450700', village(i)], n: i })),
    );
    // FerretDB's answer is unchanged.
    expect((await kids.find({ regionPath: village(7) }).toArray()).map((k) => k.n).slice(0, 3)).toEqual([
      7, 107, 207,
    ]);
    await disconnect();

    const table = await store.sql(
      `SELECT _jsonb->>'table' FROM store_check._ferretdb_database_metadata WHERE _jsonb->>'_id' = 'indexed'`,
    );
    const gin = (
      await store.sql(
        `SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = 'store_check."${table}"'::regclass`,
      )
    )
      .split('\n')
      .filter((d) => d.includes('USING gin'))
      .map((d) => d.replace(/^.* USING gin /, '').replace(/[()]/g, ''));
    expect(gin.sort()).toEqual([`_jsonb -> '_id'::text`, `_jsonb -> 'regionPath'::text`]);

    // The statement as FerretDB sends it (field name and value as parameters), run more than the
    // five times after which PostgreSQL would otherwise switch to a generic plan that no index
    // serves; seq scans off, so the plan shows whether an index CAN serve it.
    const plan = await store.sql(
      `ANALYZE store_check."${table}"`,
      'SET enable_seqscan = off',
      `PREPARE eq(text, jsonb) AS SELECT _jsonb FROM store_check."${table}" WHERE _jsonb -> $1 @> $2`,
      ...Array.from({ length: 6 }, () => `EXECUTE eq('regionPath', '"${village(7)}"')`),
      `EXPLAIN EXECUTE eq('regionPath', '"${village(7)}"')`,
      `EXPLAIN EXECUTE eq('_id', '"k42"')`,
    );
    const scans = plan.split('\n').filter((l) => /Index Scan|Seq Scan/.test(l));
    expect(scans).toEqual([
      expect.stringMatching(/Bitmap Index Scan on \S+_gin/),
      expect.stringMatching(/Bitmap Index Scan on \S+_gin/),
    ]);
  }, 120_000);

  it('pushes `$in` down to PostgreSQL (the project’s FerretDB patch) and answers exactly as before', async () => {
    await connect();
    if (!connection) throw new Error('not connected');
    const docs = connection.collection<{ _id: string; tags: string | string[]; n: number }>('in_pushdown');
    await docs.createIndex({ tags: 1 });
    await docs.insertMany(
      Array.from({ length: 2000 }, (_, i) => ({
        _id: `d${i}`,
        tags: i % 2 ? ['odd', `t${i}`] : `t${i}`,
        n: i,
      })),
    );
    const ids = ['d3', 'd500', 'd1999', 'missing'];
    const ns = async (filter: object) => (await docs.find(filter).sort({ n: 1 }).toArray()).map((d) => d.n);
    expect(await ns({ _id: { $in: ids } })).toEqual([3, 500, 1999]);
    // an array field that contains one of the values matches, as in MongoDB
    expect(await ns({ tags: { $in: ['t4', 't5', 'none'] } })).toEqual([4, 5]);
    expect((await ns({ tags: { $in: ['odd'] } })).length).toBe(1000);
    // values of other types are not pushed down and still match as before
    expect(await ns({ _id: { $in: ['d7', 7, null] } })).toEqual([7]);
    expect(await docs.countDocuments({ _id: { $in: ids } })).toBe(3);
    await disconnect();

    // PostgreSQL's own counters: the `$in` finds were index scans, not reads of the whole table.
    const table = await store.sql(
      `SELECT _jsonb->>'table' FROM store_check._ferretdb_database_metadata WHERE _jsonb->>'_id' = 'in_pushdown'`,
    );
    const scans = async () => {
      const [seq, idx] = (
        await store.sql(
          `SELECT seq_scan, idx_scan FROM pg_stat_user_tables WHERE relid = 'store_check."${table}"'::regclass`,
        )
      )
        .split('|')
        .map(Number);
      return { seq, idx };
    };
    // A backend reports its counters when idle, at the latest 10 s later (PGSTAT_IDLE_INTERVAL): the
    // counts before are read once they have stayed the same for longer than that.
    const before = await waitFor(
      'PostgreSQL’s scan counters to settle',
      async () => {
        const first = await scans();
        await new Promise((r) => setTimeout(r, 11_000));
        const second = await scans();
        return first.seq === second.seq && first.idx === second.idx ? second : null;
      },
      { timeoutMs: 60_000 },
    );
    await connect();
    if (!connection) throw new Error('not connected');
    const again = connection.collection<{ _id: string }>('in_pushdown');
    for (let i = 0; i < 3; i++) expect(await again.countDocuments({ _id: { $in: ids } })).toBe(3);
    await disconnect();
    const after = await waitFor(
      'three index scans of the table',
      async () => {
        const now = await scans();
        return now.idx >= before.idx + 3 ? now : null;
      },
      { timeoutMs: 30_000, intervalMs: 500 },
    );
    expect(after.seq).toBe(before.seq);
  }, 180_000);

  it('refuses to restore a file that is not a backup, and leaves the data alone', async () => {
    const things = await connect();
    await things.insertOne({ _id: 'kept', n: 1 });
    await expect(store.stack('restore', join(__dirname, 'store.int-spec.ts'))).rejects.toThrow(
      /not a backup made by stack.sh backup/,
    );
    expect(await things.findOne({ _id: 'kept' })).toEqual({ _id: 'kept', n: 1 });
  }, 60_000);
});
