import { connectTestDatabase, dropTestDatabase, uniqueName, waitFor } from '@qz/testing';
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Connection } from 'mongoose';
import {
  configureWriteLeases,
  isWriteContended,
  LEASE_COLLECTION,
  settleWriteLeases,
  withDocumentLease,
} from '../src';

const root = join(__dirname, '..', '..', '..');

function writer(env: Record<string, string>): ChildProcess {
  return fork(join(__dirname, 'fixtures', 'lease-writer.ts'), [], {
    cwd: root,
    execArgv: ['-r', '@swc-node/register'],
    env: { ...process.env, ...env, SWC_NODE_PROJECT: join(root, 'tsconfig.json') },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

const message = <T>(child: ChildProcess) =>
  new Promise<T>((resolve, reject) => {
    child.once('message', (m) => resolve(m as T));
    child.once('exit', (code, signal) =>
      reject(new Error(`writer exited (${signal ?? code}) without a word`)),
    );
  });

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

/** Resolves when `release()` is called: a write that holds its lease until the test lets it go. */
function gate() {
  let release!: () => void;
  const opened = new Promise<void>((resolve) => (release = resolve));
  return { opened, release };
}

describe('per-document write lease on the real store', () => {
  const db = uniqueName('msg_lease');
  let connection: Connection;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    connection = await connectTestDatabase(db);
  });

  afterEach(() => configureWriteLeases(null));

  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL');
    await settleWriteLeases();
    await dropTestDatabase(connection);
  });

  it('two processes × 50 concurrent updates of one record: each applied or refused (retryable), none lost', async () => {
    const counters = connection.collection('counters');
    await counters.insertOne({ _id: 'shared' as never, n: 0 });
    const env = { DB: db, DOC: 'shared', MODE: 'increment', COUNT: '50', STORE_WRITE_LEASE: 'on' };
    const procs = [writer(env), writer(env)];
    children.push(...procs);
    // Both connected to the store and waiting before either starts, so their writes overlap.
    await Promise.all(procs.map((p) => message(p)));
    const results = procs.map((p) => message<{ applied: number; refused: number; failed: string[] }>(p));
    for (const p of procs) p.send('go');
    const reports = await Promise.all(results);
    await Promise.all(procs.map(exited));

    for (const r of reports) {
      expect(r.failed).toEqual([]);
      expect(r.applied + r.refused).toBe(50);
    }
    const applied = reports.reduce((s, r) => s + r.applied, 0);
    expect(applied).toBeGreaterThan(0);
    expect((await counters.findOne({ _id: 'shared' as never }))?.n).toBe(applied);
    // Every lease was given back: none left in the store.
    await waitFor(
      'no lease left',
      async () => (await connection.collection(LEASE_COLLECTION).countDocuments()) === 0,
    );
  }, 180_000);

  it('takes over the lease of a holder that died holding it, once it has expired', async () => {
    const counters = connection.collection('counters');
    await counters.insertOne({ _id: 'orphaned' as never, n: 0 });
    const dying = writer({ DB: db, DOC: 'orphaned', MODE: 'die-holding', STORE_WRITE_LEASE_TTL_MS: '3000' });
    children.push(dying);
    await message(dying);
    dying.kill('SIGKILL');
    await exited(dying);
    const leases = connection.collection(LEASE_COLLECTION);
    expect(await leases.findOne({ _id: 'counters:orphaned:0' as never })).toMatchObject({
      key: 'counters:orphaned',
    });

    // While the dead holder's lease has not expired, a short wait is refused and nothing is written.
    configureWriteLeases({ waitMs: 200 });
    const early = await withDocumentLease(counters, 'orphaned', () =>
      counters.updateOne({ _id: 'orphaned' as never }, { $inc: { n: 1 } }),
    ).catch((e: unknown) => e);
    expect(isWriteContended(early)).toBe(true);
    expect((early as Error).message).toContain('Try again in a moment');

    configureWriteLeases({ waitMs: 10_000 });
    await withDocumentLease(counters, 'orphaned', () =>
      counters.updateOne({ _id: 'orphaned' as never }, { $inc: { n: 1 } }),
    );
    expect((await counters.findOne({ _id: 'orphaned' as never }))?.n).toBe(1);
    // The expired lease was never deleted (a delete could hit a fresh one): the next generation
    // was taken instead, and given back.
    await settleWriteLeases();
    expect(await leases.find({ key: 'counters:orphaned' }).toArray()).toEqual([
      expect.objectContaining({ _id: 'counters:orphaned:0' }),
    ]);
    // The next write here starts from the generation it remembers.
    await withDocumentLease(counters, 'orphaned', () =>
      counters.updateOne({ _id: 'orphaned' as never }, { $inc: { n: 1 } }),
    );
    expect((await counters.findOne({ _id: 'orphaned' as never }))?.n).toBe(2);
  }, 60_000);

  it('a write that outlasted its lease leaves it as a marker; the next write here does not wait for it to expire', async () => {
    const counters = connection.collection('counters');
    const leases = connection.collection(LEASE_COLLECTION);
    await counters.insertOne({ _id: 'slow' as never, n: 0 });
    // Valid for 1.5 s (2 s less 0.5 s of safety); others may take over 1 s after it expires.
    configureWriteLeases({ ttlMs: 2_000, safetyMs: 500, waitMs: 200 });
    await withDocumentLease(counters, 'slow', async () => {
      await counters.updateOne({ _id: 'slow' as never }, { $inc: { n: 1 } });
      await new Promise((resolve) => setTimeout(resolve, 1_700)); // the rest of a slow batch
    });
    await settleWriteLeases();
    const left = await leases.findOne({ _id: 'counters:slow:0' as never });
    expect(left).toMatchObject({ key: 'counters:slow' });

    // Unexpired, and a wait of 200 ms: still written, on the next generation.
    await withDocumentLease(counters, 'slow', () =>
      counters.updateOne({ _id: 'slow' as never }, { $inc: { n: 1 } }),
    );
    expect((await counters.findOne({ _id: 'slow' as never }))?.n).toBe(2);
    // That write gives its generation back in the background: wait until it has (else the
    // insert below races the release, and the release could delete what it inserts).
    await settleWriteLeases();

    // A lease of this process that its memory does not name (as after the memory was trimmed) is
    // stepped over too: its holder is this process, whose writers of the document queue here.
    await leases.insertOne({
      ...left,
      _id: 'counters:slow:1' as never,
      acquiredAt: new Date(),
      expiresAt: new Date(Date.now() + 60_000),
    });
    await withDocumentLease(counters, 'slow', () =>
      counters.updateOne({ _id: 'slow' as never }, { $inc: { n: 1 } }),
    );
    expect((await counters.findOne({ _id: 'slow' as never }))?.n).toBe(3);
    await settleWriteLeases();
    expect((await leases.find({ key: 'counters:slow' }).toArray()).map((l) => l._id).sort()).toEqual([
      'counters:slow:0',
      'counters:slow:1',
    ]);
  }, 60_000);

  it('unrelated documents proceed while one is held; writers of the held one wait their turn', async () => {
    const docs = connection.collection('counters');
    await docs.insertMany([
      { _id: 'held' as never, n: 0 },
      { _id: 'other' as never, n: 0 },
    ]);
    const hold = gate();
    const order: string[] = [];
    const holding = withDocumentLease(docs, 'held', async () => {
      order.push('held:first');
      await hold.opened;
      await docs.updateOne({ _id: 'held' as never }, { $inc: { n: 1 } });
    });
    await waitFor('the first write to hold its lease', () => order.includes('held:first'));
    const second = withDocumentLease(docs, 'held', async () => {
      order.push('held:second');
      await docs.updateOne({ _id: 'held' as never }, { $inc: { n: 1 } });
    });
    await withDocumentLease(docs, 'other', async () => {
      order.push('other');
      await docs.updateOne({ _id: 'other' as never }, { $inc: { n: 1 } });
    });
    // The other document was written while 'held' is still held, and its second writer waits.
    expect(order).toEqual(['held:first', 'other']);
    expect((await docs.findOne({ _id: 'other' as never }))?.n).toBe(1);
    hold.release();
    await Promise.all([holding, second]);
    expect(order).toEqual(['held:first', 'other', 'held:second']);
    expect((await docs.findOne({ _id: 'held' as never }))?.n).toBe(2);
  });

  it('is re-entrant: a write inside a lease of the same document runs under it', async () => {
    const docs = connection.collection('counters');
    await docs.insertOne({ _id: 'nested' as never, n: 0 });
    await withDocumentLease(docs, 'nested', async () => {
      const read = await docs.findOne({ _id: 'nested' as never });
      await withDocumentLease(docs, 'nested', () =>
        docs.updateOne({ _id: 'nested' as never }, { $set: { n: (read?.n as number) + 1 } }),
      );
    });
    expect((await docs.findOne({ _id: 'nested' as never }))?.n).toBe(1);
  });
});
