import { z } from 'zod';
import { localDateSchema as localDate, regionCodeSchema } from '../../../envelope/envelope';

/**
 * What other departments need to know about a newly registered child. The identity number is not
 * broadcast (data about minors travels only where needed); departments that need it ask the graph.
 */
export const childRegisteredPayload = z.object({
  childId: z.string().min(1).max(64),
  familyName: z.string().min(1).max(50),
  givenName: z.string().min(1).max(50),
  sex: z.enum(['MALE', 'FEMALE']),
  birthDate: localDate,
  regionCode: regionCodeSchema,
  registeredAt: z.iso.datetime({ offset: true }),
  /** The ledger record's first revision (absent in events written before it was added). */
  revision: z.number().int().positive().optional(),
});

export type ChildRegisteredPayload = z.infer<typeof childRegisteredPayload>;
