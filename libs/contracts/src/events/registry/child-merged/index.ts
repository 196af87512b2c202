import { z } from 'zod';
import { regionCodeSchema } from '../../../envelope/envelope';
import { defineEvent } from '../../../envelope/event-contract';
import { CATEGORY_CODES } from '../child-classified/payload';

/**
 * A provisional record (a child registered before the identity number was known) was merged into
 * the ledger record of the same child. The surviving record carries on; the merged record's
 * categories pass to it (the registry reclassifies the surviving record right after), and every
 * department moves what it keeps under the merged id to the surviving one.
 */
export const childMergedPayload = z.object({
  /** The surviving record. */
  childId: z.string().min(1).max(64),
  /** The provisional record merged into it. */
  mergedChildId: z.string().min(1).max(64),
  regionCode: regionCodeSchema,
  /** The merged record's categories at the merge. */
  mergedCategories: z.array(z.enum(CATEGORY_CODES)),
  /** The surviving record's revision after the merge. */
  revision: z.number().int().positive(),
  reason: z.string().min(1).max(500),
});
export type ChildMergedPayload = z.infer<typeof childMergedPayload>;

export const ChildMergedV1 = defineEvent({
  producer: 'registry',
  entity: 'child',
  verb: 'merged',
  version: 1,
  payload: childMergedPayload,
});
