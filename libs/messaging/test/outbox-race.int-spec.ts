import { ChildRegisteredV1 } from '@qz/contracts';
import { connectTestDatabase, dropTestDatabase, uniqueName, waitFor } from '@qz/testing';
import type { Connection } from 'mongoose';
import {
  ensureTopics,
  EventProducer,
  OutboxRelay,
  outboxForInsert,
  outgoing,
  physicalTopic,
  silentLogger,
  withOutbox,
  type OutgoingEvent,
} from '../src';
import { registrationEvent } from './fixtures/counting-handler';
import { testKafka } from './fixtures/test-kafka';

/** A producer during whose publishing another write adds an event to the same document. */
class ProducerWithConcurrentWrite extends EventProducer {
  concurrentWrite: (() => Promise<void>) | null = null;

  override async send(events: OutgoingEvent[]): Promise<void> {
    const write = this.concurrentWrite;
    this.concurrentWrite = null;
    await write?.();
    await super.send(events);
  }
}

describe('outbox relay and a write that lands while it publishes', () => {
  const db = uniqueName('msg_race');
  const { settings, kafka } = testKafka('race-test');
  let connection: Connection;

  beforeAll(async () => {
    connection = await connectTestDatabase(db);
    await ensureTopics(kafka, settings, [ChildRegisteredV1.topic]);
  });

  afterAll(async () => dropTestDatabase(connection));

  it('keeps the event written meanwhile and publishes it in the next round; none is lost', async () => {
    const aggregates = connection.collection('aggregates');
    const producer = new ProducerWithConcurrentWrite(kafka, settings);
    const relay = new OutboxRelay(producer, silentLogger);
    relay.addSource(aggregates);
    const first = registrationEvent(1);
    const second = registrationEvent(2);
    await aggregates.insertOne({
      _id: 'a' as never,
      ...outboxForInsert([outgoing(ChildRegisteredV1.topic, first)]),
    });
    producer.concurrentWrite = async () => {
      await aggregates.updateOne(
        { _id: 'a' as never },
        withOutbox({ $set: { changed: true } }, [outgoing(ChildRegisteredV1.topic, second)]) as never,
      );
    };

    expect(await relay.drainOnce()).toBe(1); // published the first; the second arrived meanwhile
    expect(await aggregates.findOne({ _id: 'a' as never })).toMatchObject({
      outboxPending: true,
      outbox: [expect.objectContaining({ id: second.id })],
    });
    expect(await relay.drainOnce()).toBe(1);
    expect(await aggregates.findOne({ _id: 'a' as never })).toMatchObject({
      outboxPending: false,
      outbox: [],
    });

    const seen = new Set<string>();
    const consumer = kafka.consumer({ groupId: uniqueName('race-reader') });
    await consumer.connect();
    await consumer.subscribe({
      topic: physicalTopic(settings, ChildRegisteredV1.topic),
      fromBeginning: true,
    });
    await consumer.run({
      eachMessage: async ({ message }) => void seen.add(JSON.parse(String(message.value)).id),
    });
    try {
      await waitFor('both events on the topic', () => seen.has(first.id) && seen.has(second.id));
    } finally {
      await consumer.disconnect();
      await producer.disconnect();
    }
  });
});
