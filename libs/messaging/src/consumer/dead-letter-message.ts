import type { IHeaders, KafkaMessage } from 'kafkajs';

export const DLQ_HEADERS = {
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  group: 'dlq-consumer-group',
  reason: 'dlq-reason',
  error: 'dlq-error',
  attempts: 'dlq-attempts',
  failedAt: 'dlq-failed-at',
} as const;

const MAX_ERROR_HEADER = 2000;

export type DeadLetterReason = 'contract' | 'producer' | 'handler';

/** The message as it came, with headers saying where it came from and why it was given up. */
export function deadLetterMessage(
  message: KafkaMessage,
  from: {
    topic: string;
    partition: number;
    group: string;
    reason: DeadLetterReason;
    error: unknown;
    attempts: number;
  },
): { key: KafkaMessage['key']; value: KafkaMessage['value']; headers: IHeaders } {
  const text = from.error instanceof Error ? `${from.error.name}: ${from.error.message}` : String(from.error);
  const headers: IHeaders = {
    ...(message.headers ?? {}),
    [DLQ_HEADERS.originalTopic]: from.topic,
    [DLQ_HEADERS.originalPartition]: String(from.partition),
    [DLQ_HEADERS.originalOffset]: message.offset,
    [DLQ_HEADERS.group]: from.group,
    [DLQ_HEADERS.reason]: from.reason,
    [DLQ_HEADERS.error]: text.slice(0, MAX_ERROR_HEADER),
    [DLQ_HEADERS.attempts]: String(from.attempts),
    [DLQ_HEADERS.failedAt]: new Date().toISOString(),
  };
  return { key: message.key, value: message.value, headers };
}
