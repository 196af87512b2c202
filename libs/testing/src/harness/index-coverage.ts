import { ChildClassifiedV1, ChildRegisteredV1 } from '@qz/contracts';
import { randomUUID } from 'node:crypto';
import type { MatrixPolicy } from '../access/access-matrix';
import { type ArgumentValues, runEveryOperation } from '../access/every-operation';
import { aRegistrationOf, aSeriousIllnessClassificationOf } from '../builders/registry-events.builder';
import { printedSdl, waitFor } from '../stack/stack';
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
  /** The service, whose printed schema (schema/<service>.graphql) names every operation. */
  service: string;
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
  const sdl = printedSdl(check.service);
  expect(await runEveryOperation(url, sdl, check.policy, check.ids, check.values)).toEqual([]);
  const audit = await check.audit();
  if (process.env.SHOW_OPERATION_ANSWERS) console.log(audit.covered.join('\n'));
  expect(audit.uncovered).toEqual([]);
  expect(audit.covered).toEqual(
    expect.arrayContaining(check.expected.map((shape) => expect.stringMatching(shape))),
  );
}

export interface DepartmentIndexCoverage {
  policy: MatrixPolicy;
  values?: ArgumentValues;
  /** `auditQueryIndexes` of @qz/persistence with the service's coverage policy. */
  audit: (db: RecordingService['db'], shapes: string) => Promise<IndexAudit>;
  /** Shapes the recording must hold besides those of the child replica's consumer. */
  alsoExpected?: readonly RegExp[];
  /** The registry's events carry the ledger record's revisions (1, then 2). */
  withRevisions?: boolean;
  /**
   * Once the service has the child (registered, then classified seriously ill: its replica's insert
   * and update paths), sends it the other events its consumers and sweeps act on, and waits for
   * their effect.
   */
  arrange?: (rec: RecordingService, childId: string) => Promise<unknown>;
}

/** How long a service from dist/ on a shared machine may take to act on an event. */
const SLOW = { timeoutMs: 120_000, intervalMs: 250 };

/** Waits until `found` finds what the service wrote (a document, or true). */
export const waitForEffect = (what: string, found: () => Promise<unknown>) => waitFor(what, found, SLOW);

/** Sends the registration and the classification of a seriously ill child; waits for the replica. */
async function registerSeriouslyIllChild(
  service: string,
  rec: RecordingService,
  childId: string,
  revised = false,
) {
  const revision = (n: number) => (revised ? { revision: n } : {});
  await rec.publish(ChildRegisteredV1, childId, aRegistrationOf(childId, revision(1)));
  await rec.publish(ChildClassifiedV1, childId, aSeriousIllnessClassificationOf(childId, revision(2)));
  await waitForEffect(`${service} to learn of the child and its classification`, async () =>
    rec.db.collection('child_replicas').findOne({ _id: childId as never, categories: 'SERIOUSLY_ILL' }),
  );
}

/**
 * The index-coverage test of a department that learns of children from the registry's events:
 * the service from dist/ with its queries recorded, a new seriously ill child sent to it, `arrange`
 * run for that child, then `expectEveryQueryIndexed`.
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
      await registerSeriouslyIllChild(service, rec, childId, o.withRevisions);
      await o.arrange?.(rec, childId);
      await expectEveryQueryIndexed(rec.svc.url, {
        service,
        policy: o.policy,
        ids: { childId },
        values: o.values,
        audit: () => o.audit(rec.db, rec.shapes),
        expected: [...REPLICA_CONSUMER_SHAPES, ...(o.alsoExpected ?? [])],
      });
    }, 300_000);
  });
}
