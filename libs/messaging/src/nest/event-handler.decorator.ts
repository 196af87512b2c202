import { SetMetadata } from '@nestjs/common';
import type { EventContract } from '@qz/contracts';

export const EVENT_HANDLER_METADATA = 'qz:event-handler';

/**
 * Marks a provider method as the handler of one event contract. The method receives the validated
 * envelope and must be idempotent on its id (use applyOnce / insertOnce).
 */
export const EventHandler = (contract: EventContract<any>): MethodDecorator =>
  SetMetadata(EVENT_HANDLER_METADATA, contract);
