import { ChildRegisteredV1 } from '@qz/contracts';
import { connectTestDatabase, dropTestDatabase, uniqueName, waitFor } from '@qz/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Connection } from 'mongoose';
import { ensureTopics, EventProducer, outgoing } from '../src';
import { registrationEvent } from './fixtures/counting-handler';
import { testKafka } from './fixtures/test-kafka';

const root = join(__dirname, '..', '..', '..');

function startConsumer(env: Record<string, string>): ChildProcess {
  return spawn(
    process.execPath,
    ['-r', '@swc-node/register', join(__dirname, 'fixtures', 'crashing-consumer.ts')],
    {
      cwd: root,
      env: { ...process.env, ...env, SWC_NODE_PROJECT: join(root, 'tsconfig.json') },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
}

const exited = (child: ChildProcess) =>
  new Promise<NodeJS.Signals | number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.signalCode ?? child.exitCode);
    else child.once('exit', (code, signal) => resolve(signal ?? code));
  });

describe('consumer that dies after applying an event, before committing its offset', () => {
  const db = uniqueName('msg_crash');
  const { settings, kafka } = testKafka('crash-test-producer');
  const producer = new EventProducer(kafka, settings);
  let connection: Connection;
  let consumer: ChildProcess | undefined;

  beforeAll(async () => {
    connection = await connectTestDatabase(db);
    await ensureTopics(kafka, settings, [ChildRegisteredV1.topic]);
  });

  afterAll(async () => {
    consumer?.kill('SIGKILL');
    await producer.disconnect();
    await dropTestDatabase(connection);
  });

  it('applies every event exactly once after a restart', async () => {
    // One subject (one partition), so the crash lands in the middle of an ordered run.
    const events = Array.from({ length: 20 }, (_, i) => ({ ...registrationEvent(i), subject: 'one-child' }));
    await producer.send(events.map((e) => outgoing(ChildRegisteredV1.topic, e)));
    const env = { DB: db, TOPIC_PREFIX: settings.topicPrefix, GROUP: 'crash-test' };
    const counters = connection.collection('counters');
    const inbox = connection.collection('inbox');

    consumer = startConsumer({ ...env, CRASH_AFTER_EVENT_ID: events[9].id });
    expect(await exited(consumer)).toBe('SIGKILL');
    // The tenth effect is written, but the inbox never heard of it and its offset was not committed.
    expect(await counters.findOne({ _id: 'child-9' as never })).toMatchObject({ count: 1 });
    expect(await inbox.findOne({ _id: `crash-test:${events[9].id}` as never })).toBeNull();

    consumer = startConsumer(env);
    await waitFor('all 20 events applied', async () => (await counters.countDocuments()) === 20, {
      timeoutMs: 60_000,
    });
    await waitFor('the inbox to record all 20', async () => (await inbox.countDocuments()) === 20);
    const docs = await counters.find().toArray();
    expect(docs.map((d) => d.count)).toEqual(Array(20).fill(1));
    consumer.kill('SIGTERM');
    await exited(consumer);
  });
});
