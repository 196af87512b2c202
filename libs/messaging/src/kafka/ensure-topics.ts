import type { Kafka } from 'kafkajs';
import { physicalTopic, type KafkaSettings } from './messaging-options';

/**
 * Creates the topics that a service produces to or consumes from, if they are missing, with the
 * broker's default partition count and replication factor. Safe to call on every start.
 */
export async function ensureTopics(kafka: Kafka, settings: KafkaSettings, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = [...new Set(topics.map((t) => physicalTopic(settings, t)))].filter(
      (t) => !existing.has(t),
    );
    if (missing.length) {
      await admin.createTopics({ topics: missing.map((topic) => ({ topic })), waitForLeaders: true });
    }
  } finally {
    await admin.disconnect();
  }
}
