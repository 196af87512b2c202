import { z } from 'zod';
import { isRegionCode } from './region-scope';
import { DEPARTMENTS, isRole, type Role } from './roles';

/** The person behind a request, as the gateway verified it. */
export const identitySchema = z.object({
  userId: z.string().min(1).max(128),
  name: z.string().max(128).optional(),
  department: z.enum(DEPARTMENTS),
  roles: z
    .array(z.string().refine(isRole, 'a known role'))
    .min(1)
    .max(16)
    .transform((r) => r as Role[]),
  /** The region whose subtree the user works in. */
  regionCode: z.string().refine(isRegionCode, 'a 6-, 9- or 12-digit division code'),
  /** Why the data is being read, where the role must say (the `x-access-purpose` header). */
  purpose: z.string().min(1).max(200).optional(),
});
export type Identity = z.infer<typeof identitySchema>;
