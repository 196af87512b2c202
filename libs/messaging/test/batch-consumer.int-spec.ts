import { ChildRegisteredV1, type Envelope } from '@qz/contracts';
import { connectTestDatabase, dropTestDatabase, uniqueName, waitFor } from '@qz/testing';
import type { Connection } from 'mongoose';
import {
  applyOnceMany,
  ensureTopics,
  EventConsumer,
  EventProducer,
  outgoing,
  readDeadLetters,
  silentLogger,
} from '../src';
import { registrationEvent } from './fixtures/counting-handler';
import { testKafka } from './fixtures/test-kafka';

describe('a batch handler (real broker and store)', () => {
  const group = uniqueName('batch');
  const { settings, kafka } = testKafka('batch-test');
  const producer = new EventProducer(kafka, settings);
  let connection: Connection;
  let consumer: EventConsumer;
  const poisoned = new Set<string>();
  const calls: number[] = [];

  beforeAll(async () => {
    connection = await connectTestDatabase(uniqueName('msg_batch'));
    await ensureTopics(kafka, settings, [ChildRegisteredV1.topic, `dlq.${group}`]);
  });

  afterAll(async () => {
    await consumer?.stop();
    await producer.disconnect();
    await dropTestDatabase(connection);
  });

  it('applies a chunk at once; a chunk holding a poison event is handled one event at a time', async () => {
    const counters = connection.collection('counters');
    consumer = new EventConsumer(
      kafka,
      settings,
      producer,
      {
        groupId: group,
        maxAttempts: 2,
        initialBackoffMs: 20,
        maxBackoffMs: 50,
        inbox: connection.collection('inbox'),
      },
      silentLogger,
    ).onBatch(ChildRegisteredV1, async (events: Envelope<{ childId: string }>[]) => {
      calls.push(events.length);
      if (events.some((e) => poisoned.has(e.id))) throw new Error('cannot handle the poison event');
      await applyOnceMany(
        counters,
        events.map((e) => ({ docId: e.payload.childId, eventId: e.id, update: { $inc: { count: 1 } } })),
        { upsert: true },
      );
    });
    const events = Array.from({ length: 40 }, (_, i) => ({
      ...registrationEvent(i),
      subject: 'one-partition',
    }));
    poisoned.add(events[17].id);
    // The same events again (a redelivery): still applied once each.
    const sent = [...events, ...events.slice(0, 10)].map((e) => outgoing(ChildRegisteredV1.topic, e));
    await producer.send(sent);
    await consumer.start();

    await waitFor('39 children counted', async () => (await counters.countDocuments()) === 39, {
      timeoutMs: 60_000,
    });
    const letters = await waitFor('the dead letter', async () => {
      const all = await readDeadLetters(kafka, settings, group);
      return all.length ? all : null;
    });
    expect(letters.map((l) => l.eventId)).toEqual([events[17].id]);
    const docs = await counters.find().toArray();
    expect(docs.map((d) => d.count)).toEqual(Array(39).fill(1));
    expect(await counters.findOne({ _id: 'child-17' as never })).toBeNull();
    expect(Math.max(...calls)).toBeGreaterThan(1); // some chunk was taken at once
  });
});
