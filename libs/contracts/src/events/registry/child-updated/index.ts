import { z } from 'zod';
import { regionCodeSchema } from '../../../envelope/envelope';
import { defineEvent } from '../../../envelope/event-contract';

/**
 * A child's ledger record changed outside classification: identity merged from a provisional
 * record, household, region. Names what changed; departments read the details through the graph.
 */
export const childUpdatedPayload = z.object({
  childId: z.string().min(1).max(64),
  regionCode: regionCodeSchema,
  changed: z.array(z.string().min(1).max(64)).min(1).max(50),
  /** When a provisional record was merged into this one, the provisional record's id. */
  mergedFromChildId: z.string().min(1).max(64).nullable(),
  reason: z.string().min(1).max(500),
});
export type ChildUpdatedPayload = z.infer<typeof childUpdatedPayload>;

export const ChildUpdatedV1 = defineEvent({
  producer: 'registry',
  entity: 'child',
  verb: 'updated',
  version: 1,
  payload: childUpdatedPayload,
});
