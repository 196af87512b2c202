import { Topics } from '@qz/contracts';
import { DedicatedKafka, waitFor } from '@qz/testing';
import type { Kafka } from 'kafkajs';
import { createKafka, silentLogger } from '../src';

/**
 * Issue 16 §3 against a broker of the test's own, started by the stack script with KAFKA_SASL=on
 * (users per service, ACLs from tools/k8s/local-kafka-acls.ts): the forgeries of the finding —
 * a plain client writing `registry.child.found-living-alone.v1`, a service writing another's
 * topic or the access log — are refused by the broker; each service still writes its own topics
 * and reads what it consumes.
 */
describe('the local broker with KAFKA_SASL=on refuses unauthenticated and wrong-topic clients (issue 16 §3)', () => {
  const broker = new DedicatedKafka({ KAFKA_SASL: 'on' });
  const LIVING_ALONE = Topics.RegistryChildFoundLivingAloneV1;

  beforeAll(() => broker.start(), 240_000);
  afterAll(() => broker.destroy());

  const as = (user?: string, password?: string): Kafka =>
    createKafka(
      {
        brokers: broker.brokers,
        clientId: 'acl-test',
        ...(user
          ? {
              sasl: {
                mechanism: 'scram-sha-512',
                username: user,
                password: password ?? broker.password(user),
              },
            }
          : {}),
      },
      silentLogger,
    );
  const send = async (kafka: Kafka, topic: string) => {
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    try {
      await producer.connect();
      await producer.send({ topic, messages: [{ key: 'child-1', value: '{"forged":true}' }] });
    } finally {
      await producer.disconnect();
    }
  };

  it('refuses a client without credentials, and one with a wrong password', async () => {
    await expect(send(as(), LIVING_ALONE)).rejects.toThrow();
    await expect(send(as('registry', 'not-the-password'), LIVING_ALONE)).rejects.toThrow(/SASL|authenticat/i);
  });

  it('refuses a service writing another service’s topic: police forging a living-alone child, or the health access log', async () => {
    await expect(send(as('police'), LIVING_ALONE)).rejects.toThrow(/authoriz/i);
    await expect(send(as('registry'), Topics.HealthAccessRecordedV2)).rejects.toThrow(/authoriz/i);
  });

  it('a service writes its own topic, and the one that consumes it reads it in its own group', async () => {
    await send(as('registry'), LIVING_ALONE);
    const consumer = as('police').consumer({ groupId: 'police' });
    const seen: string[] = [];
    try {
      await consumer.connect();
      await consumer.subscribe({ topic: LIVING_ALONE, fromBeginning: true });
      await consumer.run({ eachMessage: async ({ message }) => void seen.push(String(message.key)) });
      await waitFor('police to read the registry’s event', () => (seen.length ? seen : null), {
        timeoutMs: 60_000,
      });
    } finally {
      await consumer.disconnect();
    }
    expect(seen).toEqual(['child-1']);
  });
});
