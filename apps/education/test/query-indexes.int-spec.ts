import { auditQueryIndexes, type CoveragePolicy } from '@qz/persistence';
import { describeIndexCoverage } from '@qz/testing';
import { educationPolicy } from '../src/access/policy';

/**
 * Queries education may run without an index serving every field, each with its reason. Anything
 * not named here must be served by an index its schemas declare (MongoDB's ESR rule).
 */
const POLICY: CoveragePolicy = {
  scans: [],
  residuals: [],
};

/** A valid period for the indicators (their resolvers check it before reading anything). */
const PERIOD = { from: '2026-01-01', to: '2026-06-30', first: 3 };

/**
 * Every query education sends to its store, as recorded from the driver while the service (from
 * dist/) learns of a child from the registry's events, runs its sweeps at start and answers every
 * operation of its schema, must have an index in production (MongoDB 7). FerretDB, used locally,
 * serves only equality from them (through the stack's GIN twins): this test keeps them complete.
 */
describeIndexCoverage('education', {
  policy: educationPolicy,
  values: PERIOD,
  audit: (db, shapes) => auditQueryIndexes(db, shapes, POLICY),
});
