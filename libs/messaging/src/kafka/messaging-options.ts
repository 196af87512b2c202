/** Connection settings shared by producer, relay and consumer. */
export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  /**
   * Prepended to every physical topic name. Empty in production; tests give each run its own
   * prefix so that runs never see each other's events.
   */
  topicPrefix?: string;
  /** Told what the producer and the consumer do (metrics, @qz/platform); optional. */
  observer?: MessagingObserver;
  /**
   * The service's own Kafka user (SASL/SCRAM-SHA-512, issue 16 §3), whose ACLs let it write only
   * its own topics and read what it consumes. Absent: an unauthenticated connection.
   */
  sasl?: { mechanism: 'scram-sha-512' | 'scram-sha-256'; username: string; password: string };
  /** TLS to the brokers, trusting the cluster's CA (deploy/k8s: Strimzi's internal listener). */
  ssl?: { ca: string[] };
}

/** What a consumed event came to: handled, skipped as seen before, or sent to the dead letters. */
export type ConsumeOutcome = 'handled' | 'duplicate' | 'dead-lettered';

/** Hooks for metrics; each is called synchronously and must not throw. Topics are logical. */
export interface MessagingObserver {
  /** Events sent to a topic by the relay (after the broker acknowledged them). */
  published?(topic: string, count: number): void;
  /** One consumed event, from its arrival to its outcome, retries included. */
  consumed?(topic: string, outcome: ConsumeOutcome, seconds: number): void;
}

/** The subset of a pino logger the messaging code writes to. */
export interface MessagingLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: MessagingLogger = { debug() {}, info() {}, warn() {}, error() {} };

export const physicalTopic = (settings: KafkaSettings, topic: string): string =>
  `${settings.topicPrefix ?? ''}${topic}`;

export const logicalTopic = (settings: KafkaSettings, physical: string): string => {
  const prefix = settings.topicPrefix ?? '';
  return physical.startsWith(prefix) ? physical.slice(prefix.length) : physical;
};

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Exponential back-off: initial, 2x, 4x ... capped at max. */
export const backoffMs = (attempt: number, initialMs: number, maxMs: number): number =>
  Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt - 1));
