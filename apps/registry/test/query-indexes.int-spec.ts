import { auditQueryIndexes, type CoveragePolicy } from '@qz/persistence';
import {
  aChild,
  aUser,
  graphql,
  type ServiceUnderTest,
  startService,
  uniqueName,
  viaGateway,
  waitFor,
  expectEveryQueryIndexed,
} from '@qz/testing';
import type { Connection } from 'mongoose';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registryPolicy } from '../src/access/policy';

/**
 * A valid period for the indicators (their resolvers check it before reading anything), and short
 * lists: the city's 500 regions with every nested field would take minutes on FerretDB.
 */
const VALUES = { from: '2026-01-01', to: '2026-06-30', first: 3 };

/**
 * Queries the registry may run without an index serving every field, each with its reason.
 * Anything not named here must be served by an index its schemas declare (MongoDB's ESR rule).
 */
const POLICY: CoveragePolicy = {
  scans: [
    {
      collection: 'regions',
      filter: [],
      reason: "the city's region tree (a few thousand rows), read whole into memory by design",
    },
    {
      collection: 'child_import_staging',
      filter: [],
      reason: 'batches a crashed import left staged, finished at start: none or a few',
    },
  ],
  residuals: [
    {
      collection: 'children',
      fields: [
        'categoryCodes',
        'classification.leftBehind',
        'classification.inDifficulty',
        'guardianship.state.situation',
        'visiting.riskLevel',
        'visiting.nextVisitDue',
        'provisional',
        'birthDate',
      ],
      reason:
        "the caseworker's optional narrowings of a region's children, read from {regionPath, mergedInto, _id} " +
        'in list order: an index per combination would cost every write more than it saves',
    },
    {
      collection: 'regions',
      fields: ['level'],
      reason: "one level of a subtree: the subtree's entries, in code order, are checked for it",
    },
  ],
};

/**
 * Every query the registry sends to its store, as recorded from the driver while the service (from
 * dist/) registers a child, runs its sweeps at start, writes the access log from its own access
 * records and answers every operation of its schema, must have an index in production (MongoDB 7).
 * FerretDB, used locally,
 * serves only equality from them (through the stack's GIN twins): this test keeps them complete.
 */
describe('registry: every query has an index', () => {
  const run = uniqueName('registry_idx');
  const shapes = join(tmpdir(), `${run}.jsonl`);
  let svc: ServiceUnderTest;
  let db: Connection;

  beforeAll(async () => {
    svc = await startService('registry', { dbName: run, env: { QUERY_SHAPES_FILE: shapes } });
    db = svc.db;
  }, 120_000);

  afterAll(async () => {
    await svc?.stop();
    rmSync(shapes, { force: true });
  });

  it('has an index serving each query of its events, sweeps and operations', async () => {
    const registered = await graphql(
      svc.url,
      'mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }',
      { input: aChild() },
      await viaGateway(aUser('CIVIL_AFFAIRS_OFFICER', '450702')),
    );
    expect(registered.errors).toBeUndefined();
    const childId = registered.data.registerChild.id as string;
    // The registration's access record reaches the access log through the registry's own consumer.
    await waitFor('the access log to record the registration', async () =>
      db.collection('access_log').findOne({ childIds: childId }),
    );
    if (process.env.SHOW_OPERATION_ANSWERS) console.log(`access log written at ${new Date().toISOString()}`);
    await expectEveryQueryIndexed(svc.url, {
      service: 'registry',
      policy: registryPolicy,
      ids: { childId },
      values: VALUES,
      audit: () => auditQueryIndexes(db, shapes, POLICY),
      // The recording saw the consumer's writes and the operations' reads (it is not empty by mistake).
      expected: [/^children find \{regionPath:eq, mergedInto:eq\} sort \{_id:1\}/, /^inbox find \{_id:eq\}/],
    });
  }, 300_000);
});
