import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MatrixPolicy } from '../access/access-matrix';
import { type ArgumentValues, runEveryOperation } from '../access/every-operation';
import { type RecordingService, startRecordingQueries } from './recorded-service';

/** What `auditQueryIndexes` (@qz/persistence) found: each recorded query shape, served or not. */
export interface IndexAudit {
  covered: string[];
  uncovered: string[];
}

/**
 * The shapes every department's recording holds once its child replica consumed a registration and
 * a classification: the copy read and written once per event. The replica's handlers take batches
 * and are idempotent by themselves, so they send no inbox lookup.
 */
export const REPLICA_CONSUMER_SHAPES: readonly RegExp[] = [
  /^child_replicas findAndModify \{_id:eq, appliedEventIds:not\}/,
  /^child_replicas find \{_id:(eq|in)\}/,
];

export interface IndexCoverageCheck {
  /** The service's folder (apps/<service>), whose schema.graphql names every operation. */
  appDir: string;
  /** Its access policy table: each operation is asked as a role it allows. */
  policy: MatrixPolicy;
  /** Ids and argument values for the operations' arguments. */
  ids?: Record<string, string>;
  values?: ArgumentValues;
  /** The audit of the recorded shapes (auditQueryIndexes with the service's coverage policy). */
  audit: () => Promise<IndexAudit>;
  /** Shapes the recording must hold (so that an empty recording cannot pass). */
  expected: readonly RegExp[];
}

/**
 * The index-coverage check of a service (issue 13 §3) once its events and sweeps have run: every
 * operation of its schema is answered, then every query shape it sent must be served by an index
 * it declares, and the recording must hold the expected shapes.
 */
export async function expectEveryQueryIndexed(url: string, check: IndexCoverageCheck): Promise<void> {
  const sdl = readFileSync(join(check.appDir, 'schema.graphql'), 'utf8');
  expect(await runEveryOperation(url, sdl, check.policy, check.ids, check.values)).toEqual([]);
  const audit = await check.audit();
  if (process.env.SHOW_OPERATION_ANSWERS) console.log(audit.covered.join('\n'));
  expect(audit.uncovered).toEqual([]);
  expect(audit.covered).toEqual(
    expect.arrayContaining(check.expected.map((shape) => expect.stringMatching(shape))),
  );
}

export interface DepartmentIndexCoverage {
  /** apps/<service>, whose schema.graphql names every operation. */
  appDir: string;
  policy: MatrixPolicy;
  values?: ArgumentValues;
  /** `auditQueryIndexes` of @qz/persistence with the service's coverage policy. */
  audit: (db: RecordingService['db'], shapes: string) => Promise<IndexAudit>;
  /** Shapes the recording must hold besides those of the child replica's consumer. */
  alsoExpected?: readonly RegExp[];
  /** Sends the service the events its consumers and sweeps act on, and waits for their effect. */
  arrange: (rec: RecordingService, childId: string) => Promise<void>;
}

/**
 * The index-coverage test of a department that learns of children from the registry's events:
 * the service from dist/ with its queries recorded, `arrange` run for a new child, then
 * `expectEveryQueryIndexed`.
 */
export function describeIndexCoverage(service: string, o: DepartmentIndexCoverage): void {
  describe(`${service}: every query has an index`, () => {
    let rec: RecordingService;
    beforeAll(async () => {
      rec = await startRecordingQueries(service);
    }, 120_000);
    afterAll(() => rec?.stop());

    it('has an index serving each query of its events, sweeps and operations', async () => {
      const childId = randomUUID();
      await o.arrange(rec, childId);
      await expectEveryQueryIndexed(rec.svc.url, {
        appDir: o.appDir,
        policy: o.policy,
        ids: { childId },
        values: o.values,
        audit: () => o.audit(rec.db, rec.shapes),
        expected: [...REPLICA_CONSUMER_SHAPES, ...(o.alsoExpected ?? [])],
      });
    }, 300_000);
  });
}
