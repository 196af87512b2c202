import { z } from 'zod';
import { localDateSchema as localDate, regionCodeSchema } from '../../../envelope/envelope';
import { defineEvent } from '../../../envelope/event-contract';

/**
 * 四(一)1 / 四(二)3: a child under 16 was recorded as living alone, out of any guardian's care. An
 * alert that police take as a report (the child must not be left so).
 */
export const childLivingAlonePayload = z.object({
  childId: z.string().min(1).max(64),
  regionCode: regionCodeSchema,
  ageInYears: z.number().int().min(0).max(15),
  recordedOn: localDate,
  /** Who found it and how (a visit, a school, a neighbour), as recorded. */
  source: z.string().min(1).max(500),
  address: z.string().max(200).nullable(),
});
export type ChildLivingAlonePayload = z.infer<typeof childLivingAlonePayload>;

export const ChildFoundLivingAloneV1 = defineEvent({
  producer: 'registry',
  entity: 'child',
  verb: 'found-living-alone',
  version: 1,
  payload: childLivingAlonePayload,
});
