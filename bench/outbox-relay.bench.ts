/* How fast the outbox relay drains pending events into Kafka, against the local stack.
 *   npm run stack -- up
 *   node -r @swc-node/register bench/outbox-relay.bench.ts [events=1000] [batchSize=200] [eventsPerDocument=1] [filler=0]
 * eventsPerDocument > 1 writes the events as a bulk import does: one outbox document per batch.
 * filler adds that many documents without events first (a ledger already holding children).
 * Prints one JSON line: write and drain rates, and the process's peak memory. Run it several times
 * (and compare batch sizes in the same sitting): these machines are shared, so compare ratios. */
import { ChildRegisteredV1, createEvent } from '@qz/contracts';
import {
  createKafka,
  ensureTopics,
  EventProducer,
  OutboxRelay,
  outboxForInsert,
  outgoing,
  silentLogger,
} from '@qz/messaging';
import {
  connectTestDatabase,
  dropTestDatabase,
  stackSettings,
  uniqueName,
  uniqueTopicPrefix,
  waitFor,
} from '@qz/testing';

async function main(events: number, batchSize: number, perDocument: number, filler: number) {
  const settings = {
    brokers: stackSettings().kafkaBrokers,
    clientId: 'bench',
    topicPrefix: uniqueTopicPrefix(),
  };
  const kafka = createKafka(settings, silentLogger);
  await ensureTopics(kafka, settings, [ChildRegisteredV1.topic]);
  const connection = await connectTestDatabase(uniqueName('bench_outbox'));
  const source = connection.collection('aggregates');
  await source.createIndex({ outboxPending: 1 });
  try {
    for (let i = 0; i < filler; i += 1000) {
      const docs = Array.from({ length: Math.min(1000, filler - i) }, (_, k) => ({
        _id: `f-${i + k}` as never,
        familyName: '测',
        givenName: '试',
        outbox: [],
        outboxPending: false,
        outboxVersion: 0,
      }));
      await source.insertMany(docs);
    }
    const pending: ReturnType<typeof outgoing>[] = [];
    let t = performance.now();
    for (let i = 0; i < events; i++) {
      const event = createEvent(ChildRegisteredV1, {
        subject: `c-${i}`,
        regionCode: '450702',
        actor: { kind: 'system', id: 'bench' },
        payload: {
          childId: `c-${i}`,
          familyName: '测',
          givenName: '试',
          sex: 'MALE',
          birthDate: '2015-01-01',
          regionCode: '450702',
          registeredAt: new Date().toISOString(),
        },
      });
      pending.push(outgoing(ChildRegisteredV1.topic, event));
      if (pending.length >= perDocument || i === events - 1) {
        await source.insertOne({ _id: `c-${i}` as never, ...outboxForInsert(pending.splice(0)) });
      }
    }
    const writeMs = performance.now() - t;

    const producer = new EventProducer(kafka, settings);
    const relay = new OutboxRelay(producer, silentLogger, {
      pollIntervalMs: 50,
      maxEventsPerRound: 1000,
      batchSize,
      initialBackoffMs: 100,
      maxBackoffMs: 1000,
    });
    relay.addSource(source);
    t = performance.now();
    relay.start();
    await waitFor('drain', async () => (await source.countDocuments({ outboxPending: true })) === 0, {
      timeoutMs: 600_000,
      intervalMs: 50,
    });
    const drainMs = performance.now() - t;
    await relay.stop();
    await producer.disconnect();
    console.log(
      JSON.stringify({
        events,
        batchSize,
        eventsPerDocument: perDocument,
        filler,
        writesPerSecond: Math.round((events / writeMs) * 1000),
        drainedPerSecond: Math.round((events / drainMs) * 1000),
        peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      }),
    );
  } finally {
    await dropTestDatabase(connection);
  }
}

main(
  Number(process.argv[2] ?? 1000),
  Number(process.argv[3] ?? 200),
  Number(process.argv[4] ?? 1),
  Number(process.argv[5] ?? 0),
).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
