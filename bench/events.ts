/**
 * `npm run bench -- events --size N`: (1) a mutation in the registry → its effect applied in a
 * consuming service: civil affairs changes a child's dibao status (updateChildCircumstances via the
 * gateway), the registry classifies and publishes child.classified, education applies it to its
 * child replica (`child_replicas`, the child's categories). Sent at each `--rates` (50,200) per second
 * for `--duration` (60 s); every `--sample`-th event (10) is followed to its effect (polled every
 * 25 ms by _id); at the end every event's effect is waited for. (2) `--import-rows` (10,000) new
 * children imported, and the time until every department knows them, while the registry's list
 * (`children` of the city, first 1) is asked for on one connection.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { numberFlag, printResult, progress, type Flags } from './lib/cli';
import { importChildren } from './lib/import-run';
import { closedLoop, openLoop } from './lib/load';
import { summarise } from './lib/stats';
import {
  attemptGql,
  CITY,
  connectStore,
  databaseOf,
  DEPARTMENTS,
  gql,
  headersOf,
  replicaCounts,
  startSystem,
  USERS,
  waitUntil,
} from './lib/system';
import { seededChildren } from './ledger';

const UPDATE = `mutation ($i: UpdateChildCircumstancesInput!) { updateChildCircumstances(input: $i) {
  id classification { categories { category } } } }`;
const LIST = `query { children(filter: { regionCode: "${CITY}" }, first: 1) { edges { node { id } } } }`;
const DIBAO = 'POVERTY_DIBAO';
type Categories = { _id: string; categories?: string[] };

async function mutationToEffect(
  url: string,
  categories: ReturnType<Awaited<ReturnType<typeof connectStore>>['collection']>,
  ids: string[],
  rate: number,
  seconds: number,
  sample: number,
) {
  const civil = await headersOf(USERS.civil);
  const docs = (await categories
    .find({}, { projection: { categories: 1 } })
    .toArray()) as unknown as Categories[];
  const dibao = new Map(docs.map((d) => [d._id, (d.categories ?? []).includes(DIBAO)]));
  const effectMs: number[] = [];
  let notSeen = 0;
  const has = async (id: string, want: boolean) => {
    const d = (await categories.findOne(
      { _id: id as never },
      { projection: { categories: 1 } },
    )) as Categories | null;
    return (d?.categories ?? []).includes(DIBAO) === want;
  };
  const expected = new Map<string, boolean>();
  const followed: Promise<void>[] = [];
  /** Polls education's copy by _id until it shows the change, from when the mutation was sent. */
  const follow = async (childId: string, want: boolean, sentAt: number) => {
    while (!(await has(childId, want))) {
      if (performance.now() - sentAt > 120_000) {
        notSeen++;
        return;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    effectMs.push(performance.now() - sentAt);
  };
  const started = performance.now();
  const sent = await openLoop(
    async (i) => {
      const childId = ids[i % ids.length];
      const want = !(expected.get(childId) ?? dibao.get(childId) ?? false);
      const sentAt = performance.now();
      try {
        const answer = await gql(url, civil, UPDATE, {
          i: { childId, dibao: want, reason: '基准测试：低保认定变化' },
        });
        // The effect to wait for is the registry's own answer: a child the rules do not classify as
        // POVERTY_DIBAO (aged out of the ledger's categories, say) keeps its copy without it.
        const categories = answer.updateChildCircumstances.classification?.categories ?? [];
        const has = categories.some((c: { category: string }) => c.category === DIBAO);
        expected.set(childId, has);
        if (i % sample === 0) followed.push(follow(childId, has, sentAt));
        return null;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    },
    rate,
    seconds,
  );
  const sendEnd = performance.now();
  await Promise.all(followed);
  progress(`${rate}/s: sent; waiting for every effect`);
  const allApplied = async () => {
    const now = (await categories
      .find({}, { projection: { categories: 1 } })
      .toArray()) as unknown as Categories[];
    const state = new Map(now.map((d) => [d._id, (d.categories ?? []).includes(DIBAO)]));
    return [...expected].every(([id, want]) => (state.get(id) ?? false) === want);
  };
  let drained = true;
  await waitUntil('every effect', allApplied, 300, 1000).catch(() => {
    drained = false;
  });
  const allAppliedAt = performance.now();
  const drainSeconds = drained ? Math.round((allAppliedAt - sendEnd) / 100) / 10 : null;
  const totalSeconds = (allAppliedAt - started) / 1000;
  return {
    rate,
    mutations: sent,
    effectMs: { ...summarise(effectMs), sampledEvery: sample, notSeenWithin120s: notSeen },
    allAppliedSecondsAfterSending: drainSeconds,
    allApplied: drained,
    appliedPerSecond: drained ? Math.round((sent.requests - sent.errors) / totalSeconds) : null,
  };
}

export async function events(flags: Flags): Promise<void> {
  const size = numberFlag(flags, 'size', 10_000);
  const seconds = numberFlag(flags, 'duration', 60);
  const rates = (flags.rates ?? '50,200').split(',').map(Number);
  const sample = numberFlag(flags, 'sample', 10);
  const importRows = numberFlag(flags, 'import-rows', 10_000);
  const ids = await seededChildren(size);
  const importDir = mkdtempSync(join(tmpdir(), 'qz-bench-events-'));
  const store = await connectStore();
  const system = await startSystem(size, { registry: { IMPORT_DIR: importDir } });
  try {
    const url = system.gatewayUrl;
    const categories = store.useDb(databaseOf(size, 'education')).collection('child_replicas');
    const perRate = [];
    for (const rate of rates) {
      progress(`mutation → effect at ${rate}/s for ${seconds} s`);
      perRate.push(await mutationToEffect(url, categories, ids, rate, seconds, sample));
    }

    // Fresh children beyond every earlier import of this size (the ledger grows by --import-rows).
    const earlier = await store
      .useDb(databaseOf(size, 'registry'))
      .collection('child_imports')
      .countDocuments();
    const before = await replicaCounts(store, size);
    const civil = await headersOf(USERS.civil);
    const probe = { done: false };
    progress(`importing ${importRows} children while the city's list is asked for`);
    const list = closedLoop(() => attemptGql(url, civil, LIST), 1, 24 * 3600, probe);
    const t = performance.now();
    const learned: Record<string, number> = {};
    let imported;
    try {
      imported = await importChildren(url, civil, importDir, 300_000 + 20_000 * earlier, importRows, 3600);
      const target = imported.imported;
      await waitUntil(
        'every department to learn of the import',
        async () => {
          const now = await replicaCounts(store, size);
          for (const d of DEPARTMENTS)
            if (learned[d] === undefined && now[d] - before[d] >= target)
              learned[d] = Math.round((performance.now() - t) / 100) / 10;
          progress(
            `departments learned: ${JSON.stringify(Object.fromEntries(DEPARTMENTS.map((d) => [d, now[d] - before[d]])))}`,
          );
          return DEPARTMENTS.every((d) => learned[d] !== undefined);
        },
        numberFlag(flags, 'wait', 1800),
        3000,
      );
    } finally {
      probe.done = true;
    }
    const listWhileImporting = await list;
    void gql;
    printResult(
      'events',
      {
        size,
        durationSeconds: seconds,
        rates,
        sampledEvery: sample,
        importRows,
        consumer: 'education child_replicas',
      },
      {
        mutationToEffect: perRate,
        importReachesDepartments: {
          import: imported,
          everyDepartmentSeconds: Math.max(...Object.values(learned)),
          byDepartmentSeconds: learned,
          registryListWhileImporting: listWhileImporting,
        },
      },
    );
  } finally {
    await system.stop();
    await store.close();
    rmSync(importDir, { recursive: true, force: true });
  }
}
