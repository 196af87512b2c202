import type { EventContract } from '@qz/contracts';
import type { Connection } from 'mongoose';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventPublisher } from '../stack/event-publisher';
import { uniqueName, uniqueTopicPrefix } from '../stack/stack';
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

/** Starts `service` with its query shapes recorded (the index-coverage tests). */
export async function startRecordingQueries(service: string): Promise<RecordingService> {
  const run = uniqueName(`${service}_idx`);
  const topicPrefix = uniqueTopicPrefix();
  const shapes = join(tmpdir(), `${run}.jsonl`);
  const svc = await startService(service, { dbName: run, topicPrefix, env: { QUERY_SHAPES_FILE: shapes } });
  const events = new EventPublisher(topicPrefix);
  await events.start();
  return {
    svc,
    db: svc.db,
    shapes,
    async publish(contract, childId, payload) {
      await events.publish(contract, { subject: childId, regionCode: '450702100201' }, payload);
    },
    async stop() {
      await events.stop();
      await svc.stop();
      rmSync(shapes, { force: true });
    },
  };
}
