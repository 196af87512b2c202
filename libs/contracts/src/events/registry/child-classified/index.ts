import { defineEvent } from '../../../envelope/event-contract';
import { childClassifiedPayload } from './payload';

export * from './payload';

/** The registry recomputed a child's categories and they changed. */
export const ChildClassifiedV1 = defineEvent({
  producer: 'registry',
  entity: 'child',
  verb: 'classified',
  version: 1,
  payload: childClassifiedPayload,
});
