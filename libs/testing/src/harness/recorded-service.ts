import { createEvent, type Envelope, type EventContract } from '@qz/contracts';
import { Kafka, logLevel, type Message } from 'kafkajs';
import type { Connection } from 'mongoose';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stackSettings, uniqueName, uniqueTopicPrefix } from '../stack/stack';
import { startService, type ServiceUnderTest } from './service-under-test';

/** A service from dist/ whose every store query is recorded, and a way to send it registry events. */
export interface RecordingService {
  svc: ServiceUnderTest;
  db: Connection;
  /** The file the service writes the shape of each of its queries to (QUERY_SHAPES_FILE). */
  shapes: string;
  /** Sends a registry event about a child of the demo village onto the service's topics. */
  publish<P>(contract: EventContract<P>, childId: string, payload: P): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts `service` with its query shapes recorded (the index-coverage tests). `encode` is the
 * messaging library's `toKafkaMessage`, passed in because the test library sits below it.
 */
export async function startRecordingQueries(
  service: string,
  encode: (envelope: Envelope) => Message,
): Promise<RecordingService> {
  const run = uniqueName(`${service}_idx`);
  const topicPrefix = uniqueTopicPrefix();
  const shapes = join(tmpdir(), `${run}.jsonl`);
  const svc = await startService(service, { dbName: run, topicPrefix, env: { QUERY_SHAPES_FILE: shapes } });
  const kafka = new Kafka({ brokers: stackSettings().kafkaBrokers, logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  return {
    svc,
    db: svc.db,
    shapes,
    async publish(contract, childId, payload) {
      const envelope = createEvent(contract, {
        subject: childId,
        regionCode: '450702100201',
        actor: { kind: 'user', id: 'test' },
        payload,
      });
      await producer.send({
        topic: `${topicPrefix}${contract.topic}`,
        acks: -1,
        messages: [encode(envelope)],
      });
    },
    async stop() {
      await producer.disconnect();
      await svc.stop();
      rmSync(shapes, { force: true });
    },
  };
}
