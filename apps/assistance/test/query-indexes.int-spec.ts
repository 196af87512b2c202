import { ChildClassifiedV1, ChildRegisteredV1 } from '@qz/contracts';
import { toKafkaMessage } from '@qz/messaging';
import { auditQueryIndexes, type CoveragePolicy } from '@qz/persistence';
import {
  aRegistrationOf,
  aSeriousIllnessClassificationOf,
  runEveryOperation,
  waitFor,
  startRecordingQueries,
  type RecordingService,
} from '@qz/testing';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assistancePolicy } from '../src/access/policy';

/**
 * Queries assistance may run without an index serving every field, each with its reason. Anything
 * not named here must be served by an index its schemas declare (MongoDB's ESR rule).
 */
const POLICY: CoveragePolicy = {
  scans: [
    { collection: 'standards', filter: [], reason: 'the assistance standards: a few dozen rows, read whole' },
    {
      collection: 'applications',
      filter: [],
      reason:
        "reads every application and keeps the region's in memory (ApplicationRepository, the indicators and lists); to be keyed on an indexed regionPath when the repository changes",
    },
    {
      collection: 'benefits',
      filter: [],
      reason:
        "reads every benefit and keeps the region's in memory (BenefitRepository, the indicators); to be keyed on an indexed regionPath when the repository changes",
    },
    {
      collection: 'proposals',
      filter: [],
      reason:
        "reads every proposal and keeps the region's in memory (ProposalRepository.findIn without a status); to be keyed on an indexed regionPath when the repository changes",
    },
  ],
};

/** A valid period for the indicators (their resolvers check it before reading anything). */
const PERIOD = { from: '2026-01-01', to: '2026-06-30', first: 3 };

/**
 * Every query assistance sends to its store, as recorded from the driver while the service (from
 * dist/) learns of a child from the registry's events, runs its sweeps at start and answers every
 * operation of its schema, must have an index in production (MongoDB 7). FerretDB, used locally,
 * never uses indexes: this test is what keeps the declared ones complete.
 */
describe('assistance: every query has an index', () => {
  let rec: RecordingService;

  beforeAll(async () => {
    rec = await startRecordingQueries('assistance', toKafkaMessage);
  }, 120_000);

  afterAll(() => rec?.stop());

  it('has an index serving each query of its events, sweeps and operations', async () => {
    const childId = randomUUID();
    await rec.publish(ChildRegisteredV1, childId, aRegistrationOf(childId, { revision: 1 }));
    await rec.publish(ChildClassifiedV1, childId, aSeriousIllnessClassificationOf(childId, { revision: 2 }));
    await waitFor(
      'assistance to learn of the child and its classification',
      async () =>
        rec.db.collection('child_replicas').findOne({ _id: childId as never, categories: 'SERIOUSLY_ILL' }),
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    const sdl = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(await runEveryOperation(rec.svc.url, sdl, assistancePolicy, { childId }, PERIOD)).toEqual([]);

    const audit = await auditQueryIndexes(rec.db, rec.shapes, POLICY);
    if (process.env.SHOW_OPERATION_ANSWERS) console.log(audit.covered.join('\n'));
    expect(audit.uncovered).toEqual([]);
    // The recording saw the consumer's writes and the operations' reads (it is not empty by mistake).
    expect(audit.covered).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^child_replicas findAndModify \{_id:eq, appliedEventIds:not\}/),
        expect.stringMatching(/^inbox find \{_id:eq\}/),
        // The coverage gaps read the region's children from the replica.
        expect.stringMatching(/^child_replicas find \{regionPath:eq, mergedInto:eq\}/),
      ]),
    );
  }, 300_000);
});
