import { LEASE_COLLECTION } from '@qz/messaging';
import { connectTestDatabase, dropTestDatabase, uniqueName, waitFor } from '@qz/testing';
import type { Connection } from 'mongoose';
import { PeriodicTaskRunner } from '../src';

const quiet = { info: () => undefined, error: () => undefined };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Production runs two instances of every service on one database: a periodic task must run once
 * per period across them. Two runners on two connections to the real store, as two instances.
 */
describe('periodic tasks across instances (task lease on the real store)', () => {
  const db = uniqueName('platform_tasks');
  const connections: Connection[] = [];
  const runners: PeriodicTaskRunner[] = [];
  const store = () => connections[0] as Connection;

  beforeAll(async () => {
    connections.push(await connectTestDatabase(db), await connectTestDatabase(db));
  });

  afterAll(async () => {
    await Promise.all(runners.map((r) => r.onApplicationShutdown()));
    await connections[1]?.close();
    if (connections[0]) await dropTestDatabase(connections[0]);
  });

  it('two instances, a task every 1.5 s: each period runs once, on one of them, none skipped', async () => {
    const intervalMs = 1500;
    const runs: { instance: number; period: number; at: number }[] = [];
    connections.forEach((connection, instance) => {
      const runner = new PeriodicTaskRunner(connection, quiet);
      runner.register(
        { name: 'demo-sweep', intervalMs, runAtStart: true, doneMessage: 'swept' },
        async ({ period }) => {
          runs.push({ instance, period, at: Date.now() });
          await sleep(200); // a run that takes a while: the other instance asks meanwhile
          await connection.collection('sweep_effects').insertOne({ period, instance });
          return 1;
        },
      );
      runners.push(runner);
    });
    runners.forEach((r) => r.onApplicationBootstrap());

    await waitFor('five periods of runs', () => new Set(runs.map((r) => r.period)).size >= 5, {
      timeoutMs: 20_000,
    });
    await Promise.all(runners.map((r) => r.onApplicationShutdown()));

    const periods = runs.map((r) => r.period);
    expect(new Set(periods).size).toBe(periods.length); // never twice in a period
    const sorted = [...periods].sort((a, b) => a - b);
    expect(sorted).toEqual(sorted.map((_, i) => (sorted[0] ?? 0) + i)); // none skipped
    // A period never runs before it begins. How late its run starts depends on the machine's load
    // (a claim in the last milliseconds of a period runs in the next), so no upper bound is asserted.
    for (const r of runs) expect(r.at).toBeGreaterThanOrEqual(r.period * intervalMs);
    const effects = await store().collection('sweep_effects').countDocuments({});
    expect(effects).toBe(runs.length);
    // The leases are the store's record of who ran which period.
    const leases = await store()
      .collection<{ _id: string }>(LEASE_COLLECTION)
      .find({ key: 'task:demo-sweep' })
      .toArray();
    expect(leases.length).toBeGreaterThan(0);
    expect(leases.every((l) => periods.includes(Number(l._id.split(':').pop())))).toBe(true);
  }, 40_000);

  it('an instance started again in a period that already ran does not run it again', async () => {
    const intervalMs = 60_000;
    const ran: number[] = [];
    const make = (connection: Connection) => {
      const runner = new PeriodicTaskRunner(connection, quiet);
      runner.register({ name: 'hourly', intervalMs, doneMessage: 'done' }, async ({ period }) => {
        ran.push(period);
        return 0;
      });
      runners.push(runner);
      return runner;
    };
    // Near a period's end the second start may fall into the next period: then it runs there once.
    const [one, two] = connections as [Connection, Connection];
    const first = make(one);
    const second = make(two);
    const [a, b] = [await first.runIfDue('hourly'), await second.runIfDue('hourly')];
    const samePeriod = ran.length === 1 || ran[0] === ran[1];
    expect(a).toBe(true);
    if (samePeriod) expect(b).toBe(false);
    expect(new Set(ran).size).toBe(ran.length);
  });
});
