import { auditQueryIndexes, type CoveragePolicy } from '@qz/persistence';
import { describeIndexCoverage, waitForEffect } from '@qz/testing';
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
  policy: healthPolicy,
  values: PERIOD,
  audit: (db, shapes) => auditQueryIndexes(db, shapes, POLICY),
  arrange: (rec, childId) =>
    waitForEffect('health to learn of the child’s difficulty', async () =>
      rec.db.collection('child_facts').findOne({ _id: childId as never, difficultySince: { $ne: null } }),
    ),
});
