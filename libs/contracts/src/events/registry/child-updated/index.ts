import { z } from 'zod';
import { localDateSchema as localDate, regionCodeSchema } from '../../../envelope/envelope';
import { defineEvent } from '../../../envelope/event-contract';

/**
 * A child's ledger record changed outside classification: identity merged from a provisional
 * record, household, names, birth date, region. Names what changed and carries the record's
 * names, birth date and region after the change (what the departments' copies keep), with the
 * record's revision, so a copy never lets an older change overwrite a newer one.
 */
export const childUpdatedPayload = z.object({
  childId: z.string().min(1).max(64),
  /** Where the child lives after the change. */
  regionCode: regionCodeSchema,
  /** The ledger record's revision after the change (absent in events written before it was added). */
  revision: z.number().int().positive().optional(),
  familyName: z.string().min(1).max(50).optional(),
  givenName: z.string().min(1).max(50).optional(),
  sex: z.enum(['MALE', 'FEMALE']).optional(),
  birthDate: localDate.optional(),
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
