import { ChildRegisteredV1 } from '@qz/contracts';
import {
  connectTestDatabase,
  DedicatedKafka,
  dropTestDatabase,
  uniqueName,
  uniqueTopicPrefix,
  waitFor,
} from '@qz/testing';
import type { Connection } from 'mongoose';
import {
  createKafka,
  ensureTopics,
  EventProducer,
  OutboxRelay,
  outboxForInsert,
  outgoing,
  silentLogger,
  type KafkaSettings,
} from '../src';
import { registrationEvent } from './fixtures/counting-handler';
import { readEventIds } from './fixtures/test-kafka';

const WRITES = 1000;

describe('outbox while the broker is down', () => {
  const kafkaBroker = new DedicatedKafka();
  const db = uniqueName('msg_outage');
  let connection: Connection;
  let settings: KafkaSettings;
  let relay: OutboxRelay;
  let producer: EventProducer;

  beforeAll(async () => {
    await kafkaBroker.start();
    settings = { brokers: kafkaBroker.brokers, clientId: 'outage-test', topicPrefix: uniqueTopicPrefix() };
    connection = await connectTestDatabase(db);
    await connection.collection('aggregates').createIndex({ outboxPending: 1 });
    await ensureTopics(createKafka(settings, silentLogger), settings, [ChildRegisteredV1.topic]);
  });

  afterAll(async () => {
    await relay?.stop();
    await producer?.disconnect();
    await kafkaBroker.destroy();
    await dropTestDatabase(connection);
  });

  it('accepts every write, then publishes all 1,000 events once the broker is back, none lost', async () => {
    const kafka = createKafka(settings, silentLogger);
    producer = new EventProducer(kafka, settings);
    relay = new OutboxRelay(producer, silentLogger, {
      pollIntervalMs: 100,
      batchSize: 200,
      initialBackoffMs: 100,
      maxBackoffMs: 1000,
    });
    const aggregates = connection.collection('aggregates');
    relay.addSource(aggregates);

    await kafkaBroker.stop();
    relay.start();

    const written: string[] = [];
    for (let i = 0; i < WRITES; i++) {
      const event = registrationEvent(i);
      await aggregates.insertOne({
        _id: `aggregate-${i}` as never,
        n: i,
        ...outboxForInsert([outgoing(ChildRegisteredV1.topic, event)]),
      });
      written.push(event.id);
    }
    expect(await aggregates.countDocuments()).toBe(WRITES);
    expect(await aggregates.countDocuments({ outboxPending: true })).toBe(WRITES);

    await kafkaBroker.start();
    await waitFor(
      'the outbox to drain',
      async () => (await aggregates.countDocuments({ outboxPending: true })) === 0,
      {
        // The store, not the broker, sets this pace on FerretDB (see bench/); generous on purpose.
        timeoutMs: 240_000,
        intervalMs: 500,
      },
    );

    // Read the topic back from the start with a consumer of its own.
    const seen = await readEventIds(kafka, settings, ChildRegisteredV1, (ids) => ids.size >= WRITES);
    expect(written.filter((id) => !seen.has(id))).toEqual([]);
    expect(seen.size).toBe(WRITES);
  }, 400_000);
});
