/**
 * `npm run bench -- ledger --size N`: on a seeded size, through the gateway, one after another:
 * a township's page of 20 children, a county's count, and an update of one child's circumstances
 * (each request a different child), `--connections` each for `--duration` seconds.
 */
import { numberFlag, printResult, progress, type Flags } from './lib/cli';
import { closedLoop } from './lib/load';
import {
  attemptGql,
  connectStore,
  COUNTIES,
  databaseOf,
  headersOf,
  startSystem,
  TOWNSHIPS,
  USERS,
} from './lib/system';

const PAGE = `query ($r: String!) { children(filter: { regionCode: $r }, first: 20) {
  edges { node { id familyName givenName birthDate regionCode classification { categories { category } } } } } }`;
const COUNT = `query ($r: String!) { children(filter: { regionCode: $r }, first: 1) { totalCount } }`;
const UPDATE = `mutation ($i: UpdateChildCircumstancesInput!) { updateChildCircumstances(input: $i) { id } }`;

/** The seeded children to update, each once per run; fails when the size was not seeded. */
export async function seededChildren(size: number): Promise<string[]> {
  const store = await connectStore();
  try {
    if (!(await store.useDb(databaseOf(size, 'meta')).collection('seed').findOne({})))
      throw new Error(`size ${size} is not seeded: npm run bench -- seed --size ${size}`);
    const docs = await store
      .useDb(databaseOf(size, 'registry'))
      .collection<{ _id: string }>('children')
      .find({}, { projection: { _id: 1 } })
      .toArray();
    return docs.map((d) => d._id);
  } finally {
    await store.close();
  }
}

export async function ledger(flags: Flags): Promise<void> {
  const size = numberFlag(flags, 'size', 10_000);
  const connections = numberFlag(flags, 'connections', 4);
  const seconds = numberFlag(flags, 'duration', 30);
  const ids = await seededChildren(size);
  const system = await startSystem(size);
  try {
    const url = system.gatewayUrl;
    const civil = await headersOf(USERS.civil);
    let n = 0;
    const next = <T>(list: T[]) => list[n++ % list.length];
    progress('warm-up');
    await closedLoop(() => attemptGql(url, civil, PAGE, { r: next(TOWNSHIPS) }), 1, 2);
    progress(`township page, ${connections} connections, ${seconds} s`);
    const townshipPage = await closedLoop(
      () => attemptGql(url, civil, PAGE, { r: next(TOWNSHIPS) }),
      connections,
      seconds,
    );
    progress(`county count, ${connections} connections, ${seconds} s`);
    const countyCount = await closedLoop(
      () => attemptGql(url, civil, COUNT, { r: next(COUNTIES) }),
      connections,
      seconds,
    );
    progress(`child update, ${connections} connections, ${seconds} s`);
    let u = 0;
    const childUpdate = await closedLoop(
      () => {
        const k = u++;
        const i = {
          childId: ids[k % ids.length],
          lowIncome: Math.floor(k / ids.length) % 2 === 0,
          reason: '基准测试：家访',
        };
        return attemptGql(url, civil, UPDATE, { i });
      },
      connections,
      seconds,
    );
    printResult(
      'ledger',
      { size, connections, durationSeconds: seconds, through: 'gateway' },
      {
        townshipPage,
        countyCount,
        childUpdate,
      },
    );
  } finally {
    await system.stop();
  }
}
