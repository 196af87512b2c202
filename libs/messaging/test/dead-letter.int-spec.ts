import { ChildRegisteredV1, EventContractError, type Envelope } from '@qz/contracts';
import { connectTestDatabase, dropTestDatabase, uniqueName, waitFor } from '@qz/testing';
import type { Connection } from 'mongoose';
import {
  ensureTopics,
  EventConsumer,
  EventProducer,
  outgoing,
  physicalTopic,
  readDeadLetters,
  replayDeadLetters,
  silentLogger,
  withOutbox,
} from '../src';
import { countRegistration, registrationEvent } from './fixtures/counting-handler';
import { testKafka } from './fixtures/test-kafka';

describe('dead letters and contract checks, against the real broker and store', () => {
  const db = uniqueName('msg_dlq');
  const group = 'dlq-test';
  const { settings, kafka } = testKafka('dlq-test');
  const producer = new EventProducer(kafka, settings);
  let connection: Connection;
  let consumer: EventConsumer;
  const attempts = new Map<string, number>();
  const poisoned = new Set<string>();

  beforeAll(async () => {
    connection = await connectTestDatabase(db);
    await ensureTopics(kafka, settings, [ChildRegisteredV1.topic, `dlq.${group}`]);
    const counters = connection.collection('counters');
    consumer = new EventConsumer(
      kafka,
      settings,
      producer,
      {
        groupId: group,
        maxAttempts: 3,
        initialBackoffMs: 20,
        maxBackoffMs: 100,
        inbox: connection.collection('inbox'),
      },
      silentLogger,
    ).on(ChildRegisteredV1, async (event: Envelope<{ childId: string }>) => {
      attempts.set(event.id, (attempts.get(event.id) ?? 0) + 1);
      if (poisoned.has(event.id)) throw new Error(`cannot handle ${event.payload.childId}`);
      await countRegistration(counters, event);
    });
    await consumer.start();
  });

  afterAll(async () => {
    await consumer.stop();
    await producer.disconnect();
    await dropTestDatabase(connection);
  });

  const counted = (childId: string) => connection.collection('counters').findOne({ _id: childId as never });

  it('sends a poison message to the dead-letter topic after the configured attempts and goes on', async () => {
    const [before, poison, after] = [registrationEvent(101), registrationEvent(102), registrationEvent(103)];
    for (const e of [before, poison, after]) e.subject = 'same-child'; // one partition, in this order
    poisoned.add(poison.id);
    await producer.send([before, poison, after].map((e) => outgoing(ChildRegisteredV1.topic, e)));

    await waitFor('the message after the poison one to be handled', () => counted('child-103'));
    expect(await counted('child-101')).toMatchObject({ count: 1 });
    expect(await counted('child-102')).toBeNull();
    expect(attempts.get(poison.id)).toBe(3);

    const letters = await waitFor('the dead letter', async () => {
      const all = await readDeadLetters(kafka, settings, group);
      return all.length ? all : null;
    });
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({
      eventId: poison.id,
      originalTopic: ChildRegisteredV1.topic,
      reason: 'handler',
      attempts: 3,
      error: 'Error: cannot handle child-102',
    });

    // Once the cause is mended, a replay applies it, once.
    poisoned.delete(poison.id);
    expect(await replayDeadLetters(kafka, settings, producer, group)).toHaveLength(1);
    await waitFor('the replayed event to be applied', () => counted('child-102'));
    // Replaying again is harmless: the consumer's inbox knows the event. A marker sent after it on
    // the same partition shows when the consumer has passed the second replay.
    await replayDeadLetters(kafka, settings, producer, group);
    const marker = { ...registrationEvent(104), subject: 'same-child' };
    await producer.send([outgoing(ChildRegisteredV1.topic, marker)]);
    await waitFor('the marker after the second replay', () => counted('child-104'));
    expect(attempts.get(poison.id)).toBe(4);
    expect(await counted('child-102')).toMatchObject({ count: 1 });
  });

  it('refuses at the producer an event that breaks its contract, before anything is sent or stored', async () => {
    const bad = registrationEvent(201);
    (bad.payload as { birthDate: string }).birthDate = '1 June 2015';
    await expect(producer.send([outgoing(ChildRegisteredV1.topic, bad)])).rejects.toThrow(EventContractError);
    await expect(producer.send([outgoing(ChildRegisteredV1.topic, bad)])).rejects.toThrow(
      /payload\.birthDate/,
    );
    expect(() => withOutbox({ $set: { x: 1 } }, [outgoing(ChildRegisteredV1.topic, bad)])).toThrow(
      EventContractError,
    );
    expect(() => withOutbox({}, [outgoing('registry.unknown.thing.v1', registrationEvent(202))])).toThrow(
      /no contract is registered/,
    );
  });

  it('sends a message that breaks its contract at the consumer to the dead-letter topic, without retrying', async () => {
    const bad = { ...registrationEvent(301), payload: { childId: 'child-301' } };
    const good = registrationEvent(302);
    const raw = kafka.producer();
    await raw.connect();
    await raw.send({
      topic: physicalTopic(settings, ChildRegisteredV1.topic),
      messages: [
        { key: 'k', value: JSON.stringify(bad) },
        { key: 'k', value: 'not json at all' },
        { key: 'k', value: JSON.stringify(good) },
      ],
    });
    await raw.disconnect();

    await waitFor('the valid message after the bad ones', () => counted('child-302'));
    const letters = await waitFor('both contract dead letters', async () => {
      const all = (await readDeadLetters(kafka, settings, group)).filter((l) => l.reason === 'contract');
      return all.length === 2 ? all : null;
    });
    expect(letters.map((l) => l.attempts)).toEqual([0, 0]);
    expect(letters[0].error).toMatch(/EventContractError: .*payload\.familyName/);
    expect(letters[1].error).toMatch(/SyntaxError/);
    expect(attempts.has(bad.id)).toBe(false);
  });

  it("dead-letters an envelope whose producer is not its topic's owner, never applied, and applies the genuine one after it", async () => {
    // A plain client writes, on a registry topic, an event that says it comes from health.
    const forged = { ...registrationEvent(401), subject: 'forged-child', producer: 'health' };
    const genuine = { ...registrationEvent(402), subject: 'forged-child' };
    const raw = kafka.producer();
    await raw.connect();
    await raw.send({
      topic: physicalTopic(settings, ChildRegisteredV1.topic),
      messages: [forged, genuine].map((e) => ({ key: 'forged-child', value: JSON.stringify(e) })),
    });
    await raw.disconnect();

    await waitFor('the genuine event after the forged one', () => counted('child-402'));
    const letters = await waitFor('the producer dead letter', async () => {
      const all = (await readDeadLetters(kafka, settings, group)).filter((l) => l.reason === 'producer');
      return all.length ? all : null;
    });
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ originalTopic: ChildRegisteredV1.topic, attempts: 0 });
    expect(letters[0].error).toBe(
      `EventProducerError: event does not match the contract of ${ChildRegisteredV1.topic}: producer: expected registry, got health`,
    );
    expect(JSON.parse(letters[0].value ?? 'null')).toMatchObject({ id: forged.id, producer: 'health' });
    expect(attempts.has(forged.id)).toBe(false);
    expect(await counted('child-401')).toBeNull();
    expect(
      await connection.collection('inbox').findOne({ _id: `${group}:${forged.id}` as never }),
    ).toBeNull();
    expect(attempts.get(genuine.id)).toBe(1);
    expect(await counted('child-402')).toMatchObject({ count: 1 });
  });
});
