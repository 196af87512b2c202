import { defineEvent } from '../../../envelope/event-contract';
import { applicationPartRoutedPayload } from './payload';

export * from './payload';

/** A part of a one-window application went to the department that decides it. */
export const ApplicationPartRoutedV1 = defineEvent({
  producer: 'assistance',
  entity: 'application-part',
  verb: 'routed',
  version: 1,
  payload: applicationPartRoutedPayload,
});
