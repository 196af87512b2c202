import { categoriesFor, type Identity, type Role } from '@qz/identity';
import type { FieldRule } from './policy';

/**
 * A field that lists a child's categories of 三 (a department's copy of them, the basis of a
 * proposal): read by the given roles, each seeing the sensitive categories its work needs and the
 * others absent (libs/identity sensitive-categories.ts); a read that showed one is logged.
 */
export const categoryListRule = (readers: readonly Role[]): FieldRule => ({
  roles: readers,
  audit: true,
  view: (value: readonly string[] | null | undefined, identity: Identity) => {
    if (value == null) return { value, sensitive: false };
    const { shown, sensitive } = categoriesFor(identity, value, (c) => c);
    return { value: shown, sensitive };
  },
});
