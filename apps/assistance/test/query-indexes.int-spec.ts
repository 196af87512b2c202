import { ChildClassifiedV1, ChildRegisteredV1, createEvent, type EventContract } from '@qz/contracts';
import { toKafkaMessage } from '@qz/messaging';
import { auditQueryIndexes, type CoveragePolicy } from '@qz/persistence';
import {
  aRegistrationOf,
  aSeriousIllnessClassificationOf,
  runEveryOperation,
  type ServiceUnderTest,
  stackSettings,
  startService,
  uniqueName,
  uniqueTopicPrefix,
  waitFor,
} from '@qz/testing';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import type { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  const run = uniqueName('assistance_idx');
  const topicPrefix = uniqueTopicPrefix();
  const shapes = join(tmpdir(), `${run}.jsonl`);
  let svc: ServiceUnderTest;
  let db: Connection;
  let producer: Producer;

  const publish = async <P>(contract: EventContract<P>, childId: string, payload: P) => {
    const envelope = createEvent(contract, {
      subject: childId,
      regionCode: '450702100201',
      actor: { kind: 'user', id: 'test' },
      payload,
    });
    await producer.send({
      topic: `${topicPrefix}${contract.topic}`,
      acks: -1,
      messages: [toKafkaMessage(envelope)],
    });
  };

  beforeAll(async () => {
    svc = await startService('assistance', { dbName: run, topicPrefix, env: { QUERY_SHAPES_FILE: shapes } });
    db = svc.db;
    const kafka = new Kafka({ brokers: stackSettings().kafkaBrokers, logLevel: logLevel.NOTHING });
    producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
  }, 120_000);

  afterAll(async () => {
    await producer?.disconnect();
    await svc?.stop();
    rmSync(shapes, { force: true });
  });

  it('has an index serving each query of its events, sweeps and operations', async () => {
    const childId = randomUUID();
    await publish(ChildRegisteredV1, childId, aRegistrationOf(childId, { revision: 1 }));
    await publish(ChildClassifiedV1, childId, aSeriousIllnessClassificationOf(childId, { revision: 2 }));
    await waitFor(
      'assistance to learn of the child and its classification',
      async () =>
        db.collection('child_replicas').findOne({ _id: childId as never, categories: 'SERIOUSLY_ILL' }),
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    const sdl = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(await runEveryOperation(svc.url, sdl, assistancePolicy, { childId }, PERIOD)).toEqual([]);

    const audit = await auditQueryIndexes(db, shapes, POLICY);
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
