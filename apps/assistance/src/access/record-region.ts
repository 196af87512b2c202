import { regionCovers, type Identity } from '@qz/identity';
import { outOfRegion } from '@qz/platform';

/**
 * An operation naming a record by its own id (benefit, proposal, application) may touch it only
 * when the record's region lies in the asker's subtree: checked after loading, before any write.
 * A record that does not exist passes, so the service answers with its own NOT_FOUND.
 */
export function checkRecordRegion(
  viewer: Identity,
  record: { regionCode: string } | null | undefined,
  what: string,
): void {
  if (record && !regionCovers(viewer.regionCode, record.regionCode)) throw outOfRegion(what);
}
