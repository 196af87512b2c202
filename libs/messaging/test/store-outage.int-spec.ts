import { ChildRegisteredV1 } from '@qz/contracts';
import { connectTestDatabase, dropTestDatabase, uniqueName, waitFor } from '@qz/testing';
import type { Connection, mongo } from 'mongoose';
import { ensureTopics, EventConsumer, EventProducer, outgoing, silentLogger } from '../src';
import { countRegistration, registrationEvent } from './fixtures/counting-handler';
import { testKafka } from './fixtures/test-kafka';

/**
 * A store outage while events arrive: the consumer must go on reading once the store answers
 * again, and apply each event once. (A consumer that kafkajs gives up on after a non-retriable
 * broker error is replaced by EventConsumer itself; that path needs a broker fault to show.)
 */
describe('a consumer through a store outage (real broker and store)', () => {
  const { settings, kafka } = testKafka('restart-test');
  const producer = new EventProducer(kafka, settings);
  let connection: Connection;
  let consumer: EventConsumer;

  beforeAll(async () => {
    connection = await connectTestDatabase(uniqueName('msg_restart'));
    await ensureTopics(kafka, settings, [ChildRegisteredV1.topic]);
  });

  afterAll(async () => {
    await consumer?.stop();
    await producer.disconnect();
    await dropTestDatabase(connection);
  });

  it('handles the event once the store answers again, exactly once', async () => {
    const real = connection.collection('inbox');
    let outage = 8; // several failed rounds of the same batch
    const inbox = new Proxy(real, {
      get(target, prop, receiver) {
        // The consumer reads the inbox with find (one read per chunk of messages).
        if ((prop === 'findOne' || prop === 'find') && outage > 0) {
          return () => {
            outage--;
            const error = new Error('store unavailable');
            return prop === 'find' ? { toArray: () => Promise.reject(error) } : Promise.reject(error);
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as mongo.Collection<any>;
    const counters = connection.collection('counters');
    consumer = new EventConsumer(
      kafka,
      settings,
      producer,
      { groupId: uniqueName('restart'), maxAttempts: 3, initialBackoffMs: 50, maxBackoffMs: 500, inbox },
      silentLogger,
    ).on(ChildRegisteredV1, async (event) => void (await countRegistration(counters, event)));
    await consumer.start();

    const event = registrationEvent(501);
    await producer.send([outgoing(ChildRegisteredV1.topic, event)]);

    await waitFor('the event after the outage', () => counters.findOne({ _id: 'child-501' as never }), {
      timeoutMs: 60_000,
    });
    expect(outage).toBe(0);
    expect(await counters.findOne({ _id: 'child-501' as never })).toMatchObject({ count: 1 });
  });
});
