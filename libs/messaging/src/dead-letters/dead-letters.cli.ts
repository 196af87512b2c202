/* Inspect and replay dead letters.
 *   node dist/libs/messaging/src/dead-letters/dead-letters.cli.js list   --group registry
 *   node dist/libs/messaging/src/dead-letters/dead-letters.cli.js replay --group registry [--event-id ID]
 * Reads KAFKA_BROKERS (comma-separated) and KAFKA_TOPIC_PREFIX from the environment. */
import { parseArgs } from 'node:util';
import { EventProducer } from '../kafka/event-producer';
import { createKafka } from '../kafka/kafka-client';
import { silentLogger, type KafkaSettings } from '../kafka/messaging-options';
import { readDeadLetters, replayDeadLetters } from './dead-letters';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { group: { type: 'string' }, 'event-id': { type: 'string' }, json: { type: 'boolean' } },
  });
  const command = positionals[0];
  if (!['list', 'replay'].includes(command ?? '') || !values.group) {
    process.stderr.write(
      'usage: dead-letters (list|replay) --group <consumer group> [--event-id <id>] [--json]\n',
    );
    return 2;
  }
  const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
  if (!brokers.length) {
    process.stderr.write('KAFKA_BROKERS is not set (e.g. 127.0.0.1:9092)\n');
    return 2;
  }
  const settings: KafkaSettings = {
    brokers,
    clientId: 'dead-letters-cli',
    topicPrefix: process.env.KAFKA_TOPIC_PREFIX,
  };
  const kafka = createKafka(settings, silentLogger);
  const group = values.group;

  if (command === 'list') {
    const letters = await readDeadLetters(kafka, settings, group);
    if (values.json) process.stdout.write(`${JSON.stringify(letters, null, 2)}\n`);
    else {
      for (const l of letters) {
        process.stdout.write(
          `${l.partition}:${l.offset}  ${l.failedAt}  ${l.originalTopic}  event ${l.eventId ?? '?'}  ` +
            `${l.reason} after ${l.attempts} attempt(s): ${l.error}\n`,
        );
      }
      process.stdout.write(`${letters.length} dead letter(s) for group ${group}\n`);
    }
    return 0;
  }
  const producer = new EventProducer(kafka, settings);
  try {
    const eventId = values['event-id'];
    const replayed = await replayDeadLetters(
      kafka,
      settings,
      producer,
      group,
      (l) => !eventId || l.eventId === eventId,
    );
    process.stdout.write(`replayed ${replayed.length} dead letter(s) for group ${group}\n`);
    return replayed.length || !eventId ? 0 : 1;
  } finally {
    await producer.disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`dead-letters: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
