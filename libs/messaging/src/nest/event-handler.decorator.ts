import { SetMetadata } from '@nestjs/common';
import type { EventContract } from '@qz/contracts';

export const EVENT_HANDLER_METADATA = 'qz:event-handler';

/**
 * Marks a provider method as the handler of one event contract. The method receives the validated
 * envelope and must be idempotent on its id (use applyOnce / insertOnce).
 */
export const EventHandler = (contract: EventContract<any>): MethodDecorator =>
  SetMetadata(EVENT_HANDLER_METADATA, contract);

export const EVENT_BATCH_HANDLER_METADATA = 'qz:event-batch-handler';

/**
 * Marks a provider method as the batch handler of one event contract (see EventConsumer.onBatch):
 * it receives the validated envelopes of a chunk, in their order, and must be idempotent on each
 * event id by itself (applyOnceMany), as the inbox is not consulted for them.
 */
export const EventBatchHandler = (contract: EventContract<any>): MethodDecorator =>
  SetMetadata(EVENT_BATCH_HANDLER_METADATA, contract);
