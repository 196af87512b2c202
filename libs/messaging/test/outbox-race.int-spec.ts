import { ChildRegisteredV1 } from '@qz/contracts';
import { connectTestDatabase, dropTestDatabase, uniqueName } from '@qz/testing';
import type { Connection } from 'mongoose';
import {
  ensureTopics,
  EventProducer,
  OutboxRelay,
  outboxForInsert,
  outgoing,
  silentLogger,
  withOutbox,
  type OutgoingEvent,
} from '../src';
import { registrationEvent } from './fixtures/counting-handler';
import { readEventIds, testKafka } from './fixtures/test-kafka';

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

    try {
      await readEventIds(
        kafka,
        settings,
        ChildRegisteredV1,
        (ids) => ids.has(first.id) && ids.has(second.id),
      );
    } finally {
      await producer.disconnect();
    }
  });
});
