import { ChildRegisteredV1 } from '@qz/contracts';
import { EventEmitter } from 'node:events';
import type { Kafka } from 'kafkajs';
import type { EventProducer } from '../kafka/event-producer';
import { silentLogger } from '../kafka/messaging-options';
import { EventConsumer } from './event-consumer';
import { keepingAlive } from './keep-alive';

const CRASH = 'consumer.crash';

/** A kafkajs consumer whose run() behaves as told: join, or crash the way kafkajs reports it. */
class FakeConsumer extends EventEmitter {
  readonly events = { CRASH };
  subscribed: string[] = [];
  running = false;
  disconnected = false;
  constructor(private readonly joins: 'crash-as-it-joins' | 'join') {
    super();
  }
  async connect() {}
  async subscribe({ topics }: { topics: string[] }) {
    this.subscribed = topics;
  }
  // kafkajs' runner catches a failed first join and emits the crash before run() resolves.
  async run() {
    if (this.joins === 'crash-as-it-joins') {
      const error = Object.assign(new Error('Failed to find group coordinator'), { retriable: false });
      this.emit(CRASH, { payload: { error, groupId: 'g', restart: false } });
      return;
    }
    this.running = true;
  }
  async disconnect() {
    this.disconnected = true;
    this.running = false;
  }
}

function fakeKafka(...behaviours: ('crash-as-it-joins' | 'join')[]) {
  const made: FakeConsumer[] = [];
  const kafka = {
    consumer: () => {
      const next = new FakeConsumer(behaviours[made.length] ?? 'join');
      made.push(next);
      return next;
    },
  } as unknown as Kafka;
  return { kafka, made };
}

function consumerOn(kafka: Kafka) {
  return new EventConsumer(
    kafka,
    { brokers: ['unused:9092'], clientId: 'spec' },
    {} as EventProducer,
    { groupId: 'g', maxAttempts: 1, initialBackoffMs: 1, maxBackoffMs: 2, inbox: {} as never },
    silentLogger,
  ).on(ChildRegisteredV1, async () => undefined);
}

async function until(what: string, check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 2));
  if (!check()) throw new Error(`never happened: ${what}`);
}

describe('EventConsumer keeps reading after kafkajs gives up on a consumer', () => {
  it('replaces a consumer whose first join crashes (a fresh broker without a group coordinator)', async () => {
    const { kafka, made } = fakeKafka('crash-as-it-joins', 'join');
    const consumer = consumerOn(kafka);
    await consumer.start();
    await until('a second consumer running', () => made[1]?.running === true);
    expect(made[0].disconnected).toBe(true);
    expect(made[1].subscribed).toEqual([ChildRegisteredV1.topic]);
    await consumer.stop();
    expect(made[1].disconnected).toBe(true);
  });

  it('goes on replacing while replacements crash as they join, one loop at a time', async () => {
    const { kafka, made } = fakeKafka('crash-as-it-joins', 'crash-as-it-joins', 'crash-as-it-joins', 'join');
    const consumer = consumerOn(kafka);
    await consumer.start();
    await until('the fourth consumer running', () => made[3]?.running === true);
    await new Promise((r) => setTimeout(r, 20));
    expect(made).toHaveLength(4); // no second loop started a fifth
    expect(made.slice(0, 3).every((c) => c.disconnected)).toBe(true);
    await consumer.stop();
  });

  it('starts no replacement after stop()', async () => {
    const { kafka, made } = fakeKafka('crash-as-it-joins');
    const consumer = consumerOn(kafka);
    await consumer.start();
    await consumer.stop();
    await new Promise((r) => setTimeout(r, 20));
    expect(made).toHaveLength(1);
  });
});

describe('keepingAlive', () => {
  afterEach(() => jest.useRealTimers());

  it('heartbeats while a long chunk is handled, and stops when it ends', async () => {
    jest.useFakeTimers();
    const heartbeat = jest.fn(async () => undefined);
    let finish!: () => void;
    const work = keepingAlive(heartbeat, 3000, () => new Promise<void>((r) => (finish = r)));
    await jest.advanceTimersByTimeAsync(10_000);
    expect(heartbeat).toHaveBeenCalledTimes(3);
    finish();
    await work;
    await jest.advanceTimersByTimeAsync(10_000);
    expect(heartbeat).toHaveBeenCalledTimes(3);
  });

  it('a refused heartbeat (a rebalance) does not fail the chunk', async () => {
    jest.useFakeTimers();
    const heartbeat = jest.fn(async () => {
      throw new Error('The group is rebalancing');
    });
    const work = keepingAlive(heartbeat, 1000, async () => {
      await new Promise((r) => setTimeout(r, 2500));
      return 'done';
    });
    await jest.advanceTimersByTimeAsync(3000);
    await expect(work).resolves.toBe('done');
    expect(heartbeat).toHaveBeenCalledTimes(2);
  });
});
