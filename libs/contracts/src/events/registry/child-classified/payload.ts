import { z } from 'zod';

export const CATEGORY_CODES = [
  'POVERTY_DIBAO',
  'POVERTY_LOW_INCOME',
  'ORPHAN',
  'ABANDONED_INFANT',
  'DE_FACTO_UNSUPPORTED',
  'STREET_CHILD',
  'DISABLED',
  'SERIOUSLY_ILL',
  'AIDS_AFFECTED',
  'TRAFFICKING_RESCUED',
  'TEMPORARILY_WITHOUT_FAMILY',
  'LEFT_BEHIND',
] as const;

const category = z.enum(CATEGORY_CODES);

/** A child's categories changed (三「保障范围」): what they are now, what changed, and why. */
export const childClassifiedPayload = z.object({
  childId: z.string().min(1).max(64),
  categories: z.array(category),
  added: z.array(category),
  removed: z.array(category),
  leftBehind: z.boolean(),
  inDifficulty: z.boolean(),
  protectedAsChildInDifficulty: z.boolean(),
  reason: z.string().min(1).max(500),
  /** The ledger record's revision after the change (absent in events written before it was added). */
  revision: z.number().int().positive().optional(),
});

export type ChildClassifiedPayload = z.infer<typeof childClassifiedPayload>;
