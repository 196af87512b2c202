import { deadLetterTopic } from '@qz/contracts';
import type { IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { DLQ_HEADERS } from '../consumer/dead-letter-message';
import type { EventProducer } from '../kafka/event-producer';
import { physicalTopic, type KafkaSettings } from '../kafka/messaging-options';

export interface DeadLetter {
  partition: number;
  offset: string;
  eventId: string | null;
  originalTopic: string;
  reason: string;
  error: string;
  attempts: number;
  failedAt: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

const text = (headers: IHeaders | undefined, name: string): string => {
  const v = headers?.[name];
  if (v === undefined) return '';
  return (Array.isArray(v) ? v[0] : v)?.toString() ?? '';
};

function toDeadLetter(partition: number, m: KafkaMessage): DeadLetter {
  const headers: Record<string, string> = {};
  for (const name of Object.keys(m.headers ?? {})) headers[name] = text(m.headers, name);
  return {
    partition,
    offset: m.offset,
    eventId: headers['event-id'] || null,
    originalTopic: headers[DLQ_HEADERS.originalTopic],
    reason: headers[DLQ_HEADERS.reason],
    error: headers[DLQ_HEADERS.error],
    attempts: Number(headers[DLQ_HEADERS.attempts] || 0),
    failedAt: headers[DLQ_HEADERS.failedAt],
    key: m.key?.toString() ?? null,
    value: m.value?.toString() ?? null,
    headers,
  };
}

/**
 * Reads every message on a consumer group's dead-letter topic, from the start to the end as it is
 * now, without committing anything (the dead-letter topic is a record, not a queue).
 */
export async function readDeadLetters(
  kafka: Kafka,
  settings: KafkaSettings,
  group: string,
): Promise<DeadLetter[]> {
  const topic = physicalTopic(settings, deadLetterTopic(group));
  const admin = kafka.admin();
  await admin.connect();
  let ends: { partition: number; high: string; low: string }[];
  try {
    if (!(await admin.listTopics()).includes(topic)) return [];
    ends = await admin.fetchTopicOffsets(topic);
  } finally {
    await admin.disconnect();
  }
  const pending = new Map(
    ends.filter((e) => BigInt(e.high) > BigInt(e.low)).map((e) => [e.partition, BigInt(e.high)]),
  );
  if (!pending.size) return [];

  const letters: DeadLetter[] = [];
  const consumer = kafka.consumer({
    groupId: `dlq-reader-${process.pid}-${Date.now()}`,
    allowAutoTopicCreation: false,
  });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out reading ${topic}`)), 60_000);
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const high = pending.get(partition);
            if (high === undefined) return;
            letters.push(toDeadLetter(partition, message));
            if (BigInt(message.offset) + 1n >= high) pending.delete(partition);
            if (!pending.size) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return letters.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
}

/**
 * Sends dead letters back to the topics they came from, bytes unchanged, so the consumer group
 * tries them again. Events already handled since are skipped by the consumers' inbox, so replaying
 * the same letter twice is harmless. Returns the letters replayed.
 */
export async function replayDeadLetters(
  kafka: Kafka,
  settings: KafkaSettings,
  producer: EventProducer,
  group: string,
  select: (letter: DeadLetter) => boolean = () => true,
): Promise<DeadLetter[]> {
  const chosen = (await readDeadLetters(kafka, settings, group)).filter(select);
  for (const letter of chosen) {
    const headers: IHeaders = {};
    for (const [k, v] of Object.entries(letter.headers)) if (!k.startsWith('dlq-')) headers[k] = v;
    headers['replayed-from-dlq'] = `${letter.partition}:${letter.offset}`;
    await producer.sendRaw(physicalTopic(settings, letter.originalTopic), [
      { key: letter.key, value: letter.value, headers },
    ]);
  }
  return chosen;
}
