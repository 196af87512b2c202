import { defineEvent } from '../../../envelope/event-contract';
import { mandatoryReportRaisedPayload } from './payload';

export * from './payload';

/** A school's mandatory report to the police about a left-behind child or a child in difficulty (四(二)2). */
export const MandatoryReportRaisedV1 = defineEvent({
  producer: 'education',
  entity: 'mandatory-report',
  verb: 'raised',
  version: 1,
  payload: mandatoryReportRaisedPayload,
});
