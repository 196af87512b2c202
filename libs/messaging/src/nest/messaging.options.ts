import type { ConsumerOptions } from '../consumer/event-consumer';
import type { KafkaSettings } from '../kafka/messaging-options';
import type { OutboxRelayOptions } from '../outbox/outbox-relay';

export interface MessagingModuleOptions extends KafkaSettings {
  /** Consumer group; one per service. */
  groupId: string;
  /** Collections (in the service's database) whose documents carry an outbox. */
  outboxCollections: string[];
  /** Topics this service produces, created at start if missing. */
  produces: string[];
  relay?: Partial<OutboxRelayOptions>;
  consumer?: Partial<Pick<ConsumerOptions, 'maxAttempts' | 'initialBackoffMs' | 'maxBackoffMs'>>;
}
