import { ChildClassifiedV1, ChildRegisteredV1 } from '@qz/contracts';
import { auditQueryIndexes, type CoveragePolicy } from '@qz/persistence';
import {
  aRegistrationOf,
  aSeriousIllnessClassificationOf,
  waitFor,
  describeIndexCoverage,
} from '@qz/testing';
import { join } from 'node:path';
import { healthPolicy } from '../src/access/policy';

/**
 * Queries health may run without an index serving every field, each with its reason. Anything
 * not named here must be served by an index its schemas declare (MongoDB's ESR rule).
 */
const POLICY: CoveragePolicy = {
  scans: [
    {
      collection: 'policy_standards',
      filter: [],
      reason: 'the standards in force: a few dozen versions of a handful of subjects',
    },
    {
      collection: 'health_budgets',
      filter: [],
      reason: 'one budget per county, programme and year: tens of rows',
    },
    {
      collection: 'child_facts',
      filter: [],
      reason: 'the premium sweep visits every child health knows of, once an hour, by design',
    },
    {
      collection: 'health_applications',
      filter: [],
      reason:
        'healthIndicators (ApplicationRepository.findInRegion) reads every application and keeps the ' +
        "region's in memory; to be keyed on a stored regionPath (indexed) when the repository changes",
    },
  ],
};

/** A valid period for the indicators (their resolvers check it before reading anything). */
const PERIOD = { from: '2026-01-01', to: '2026-06-30' };

/**
 * Every query health sends to its store, as recorded from the driver while the service (from
 * dist/) learns of a child from the registry's events, runs its sweeps at start and answers every
 * operation of its schema, must have an index in production (MongoDB 7). FerretDB, used locally,
 * serves only equality from them (through the stack's GIN twins): this test keeps them complete.
 */
describeIndexCoverage('health', {
  appDir: join(__dirname, '..'),
  policy: healthPolicy,
  values: PERIOD,
  audit: (db, shapes) => auditQueryIndexes(db, shapes, POLICY),
  arrange: async (rec, childId) => {
    await rec.publish(ChildRegisteredV1, childId, aRegistrationOf(childId));
    await rec.publish(ChildClassifiedV1, childId, aSeriousIllnessClassificationOf(childId));
    await waitFor(
      'health to learn of the child and its categories',
      async () =>
        (await rec.db
          .collection('child_replicas')
          .findOne({ _id: childId as never, categories: 'SERIOUSLY_ILL' })) &&
        rec.db.collection('child_facts').findOne({ _id: childId as never, difficultySince: { $ne: null } }),
      { timeoutMs: 120_000, intervalMs: 250 },
    );
  },
});
