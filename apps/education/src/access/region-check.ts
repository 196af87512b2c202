import { regionCovers, type Identity } from '@qz/identity';
import { outOfRegion } from '@qz/platform';

/**
 * Refuses a record of a region outside the viewer's subtree (OUT_OF_REGION), before anything is
 * read from it or written to it. A school's, student's or case's region is its school's.
 */
export function requireInRegion(viewer: Identity, regionCode: string | null | undefined, what: string): void {
  if (regionCode && !regionCovers(viewer.regionCode, regionCode)) throw outOfRegion(what);
}
