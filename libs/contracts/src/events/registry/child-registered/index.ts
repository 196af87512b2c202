import { defineEvent } from '../../../envelope/event-contract';
import { childRegisteredPayload } from './payload';

export * from './payload';

/** The registry recorded a new child in the ledger (信息台账). */
export const ChildRegisteredV1 = defineEvent({
  producer: 'registry',
  entity: 'child',
  verb: 'registered',
  version: 1,
  payload: childRegisteredPayload,
});
