import { z } from 'zod';
import { regionCodeSchema } from '../../../envelope/envelope';
import { defineEvent } from '../../../envelope/event-contract';
import { REPORT_CHANNELS, REPORTER_KINDS, SITUATION_TYPES } from '../common';

/**
 * 四(二)2 / 四(二)3: police received a report about a child (DOMAIN §4 flow 2, MandatoryReportReceived
 * when a duty-bearer made it). A report about a child already in an open case joins that case.
 */
export const reportReceivedPayload = z.object({
  reportId: z.string().min(1).max(64),
  caseId: z.string().min(1).max(64),
  /** Null while the child is not identified (the report describes the child). */
  childId: z.string().min(1).max(64).nullable(),
  situationType: z.enum(SITUATION_TYPES),
  reporterKind: z.enum(REPORTER_KINDS),
  channel: z.enum(REPORT_CHANNELS),
  /** Made by a body that owes the report (四(二)2). */
  mandatory: z.boolean(),
  regionCode: regionCodeSchema,
  receivedAt: z.iso.datetime({ offset: true }),
  /** When the case must be dispatched (the city's SLA for the situation type). */
  dispatchDueAt: z.iso.datetime({ offset: true }),
  /** True when the report joined a case that was already open for the child. */
  linkedToOpenCase: z.boolean(),
});
export type ReportReceivedPayload = z.infer<typeof reportReceivedPayload>;

export const ReportReceivedV1 = defineEvent({
  producer: 'police',
  entity: 'report',
  verb: 'received',
  version: 1,
  payload: reportReceivedPayload,
});
