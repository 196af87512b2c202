import { Kafka, logLevel, type LogEntry, type SASLOptions } from 'kafkajs';
import type { KafkaSettings, MessagingLogger } from './messaging-options';

process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';

/**
 * The one place that constructs the Kafka client library, so another client could replace
 * kafkajs here alone. kafkajs logs go to our structured logger.
 */
export function createKafka(settings: KafkaSettings, logger: MessagingLogger): Kafka {
  return new Kafka({
    clientId: settings.clientId,
    brokers: settings.brokers,
    // kafkajs types each mechanism apart; both SCRAM variants take the same fields.
    ...(settings.sasl ? { sasl: settings.sasl as SASLOptions } : {}),
    ...(settings.ssl ? { ssl: settings.ssl } : {}),
    connectionTimeout: 3000,
    requestTimeout: 10000,
    // Fail fast: the outbox relay and the consumer have their own back-off loops.
    retry: { initialRetryTime: 200, retries: 3, maxRetryTime: 3000 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, ...rest } = log;
        // Retries are bounded on purpose (the relay backs off on its own); consumers dedupe by id.
        if (message?.startsWith('Limiting retries for the idempotent producer')) return;
        const entry = { component: 'kafkajs', ...rest };
        if (level === logLevel.ERROR) logger.error(entry, message);
        else if (level === logLevel.WARN) logger.warn(entry, message);
        else logger.debug(entry, message);
      },
  });
}
