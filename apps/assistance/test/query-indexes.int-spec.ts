import { auditQueryIndexes, type CoveragePolicy } from '@qz/persistence';
import { describeIndexCoverage } from '@qz/testing';
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
 * serves only equality from them (through the stack's GIN twins): this test keeps them complete.
 */
describeIndexCoverage('assistance', {
  policy: assistancePolicy,
  values: PERIOD,
  audit: (db, shapes) => auditQueryIndexes(db, shapes, POLICY),
  alsoExpected: [/^child_replicas find \{regionPath:eq, mergedInto:eq\}/],
  withRevisions: true,
});
