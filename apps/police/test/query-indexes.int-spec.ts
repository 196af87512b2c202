import { ChildFoundLivingAloneV1 } from '@qz/contracts';
import { auditQueryIndexes, type CoveragePolicy } from '@qz/persistence';
import { describeIndexCoverage, waitForEffect } from '@qz/testing';
import { policePolicy } from '../src/access/policy';

/**
 * Queries police may run without an index serving every field, each with its reason. Anything
 * not named here must be served by an index its schemas declare (MongoDB's ESR rule).
 */
const POLICY: CoveragePolicy = {
  scans: [
    {
      collection: 'dispatch_slas',
      filter: [],
      reason: 'one dispatch deadline per situation type: a handful of rows',
    },
    {
      collection: 'cases',
      filter: [],
      reason:
        "reads every case and keeps the region's in memory (CaseRepository.all, the indicators); to be keyed on an indexed regionPath when the repository changes",
    },
  ],
};

/** A valid period for the indicators (their resolvers check it before reading anything). */
const PERIOD = { from: '2026-01-01', to: '2026-06-30', first: 3 };

/**
 * Every query police sends to its store, as recorded from the driver while the service (from
 * dist/) learns of a child from the registry's events, runs its sweeps at start and answers every
 * operation of its schema, must have an index in production (MongoDB 7). FerretDB, used locally,
 * serves only equality from them (through the stack's GIN twins): this test keeps them complete.
 */
describeIndexCoverage('police', {
  policy: policePolicy,
  values: PERIOD,
  audit: (db, shapes) => auditQueryIndexes(db, shapes, POLICY),
  arrange: async (rec, childId) => {
    await rec.publish(ChildFoundLivingAloneV1, childId, {
      childId,
      regionCode: '450702100201',
      ageInYears: 6,
      recordedOn: '2026-03-02',
      source: '村监护督导员走访',
      address: null,
    });
    await waitForEffect('police to open a case', async () => rec.db.collection('cases').findOne({ childId }));
  },
});
