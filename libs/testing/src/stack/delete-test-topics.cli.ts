import { Kafka, logLevel } from 'kafkajs';
import { stackSettings } from './stack';

/**
 * Deletes the topics test runs created (each test file has its own prefix, `t-…`), so that a
 * developer's broker does not pile up thousands of partitions run after run (at about 16,000 the
 * local broker's heap gives out). Run by deploy/local/test.sh after the tests.
 */
async function main(): Promise<void> {
  const admin = new Kafka({
    brokers: stackSettings().kafkaBrokers,
    clientId: 'test-topic-cleanup',
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => /^t-[a-z0-9]+\./.test(t) || /^dlq\.t-/.test(t));
    for (let i = 0; i < topics.length; i += 200) {
      await admin.deleteTopics({ topics: topics.slice(i, i + 200), timeout: 60_000 });
    }
    process.stdout.write(`deleted ${topics.length} topics of test runs\n`);
  } finally {
    await admin.disconnect();
  }
}

main().catch((error) => {
  process.stderr.write(
    `test topics were not deleted: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
