import { regionCovers } from '@qz/identity';
import { DomainError } from '@qz/kernel';
import { outOfRegion } from '@qz/platform';

/**
 * 五(一): a user works in their region's subtree. An identity number names a child wherever the
 * child lives, so every answer about one is checked here, before anything is written.
 */

/**
 * The identity number is held by a child outside the asker's region (or the record it would
 * confirm lies there): the question goes to someone whose region covers both, the city. The error
 * says nothing of that child — not its id, region, name or circumstances.
 */
export const needsCity = () =>
  new DomainError(
    'IDENTITY_NEEDS_CITY',
    'this resident ID number cannot be handled in your region; ask the city civil-affairs bureau to check it',
    'forbidden',
    { field: 'input.residentIdNumber' },
  );

/**
 * Confirming a provisional record's identity (三(一)2/4 → 四(二)3): the asker's region must cover
 * the provisional record, and the child already holding the number if there is one (a merge moves
 * the record's visits onto that child and answers with it).
 */
export function checkIdentityScope(
  scope: string,
  provisional: { id: string; regionCode: string },
  holder: { regionCode: string } | null,
): void {
  if (!regionCovers(scope, provisional.regionCode)) throw outOfRegion(`Child ${provisional.id}`);
  if (holder && !regionCovers(scope, holder.regionCode)) throw needsCity();
}

/**
 * A number refused as already in the ledger: said so only to someone whose region covers the
 * child holding it; anyone else gets the same refusal as a cross-county identity question.
 */
export function duplicateRefusal(
  scope: string,
  holder: { regionCode: string } | null,
  inRegion: () => DomainError,
) {
  return holder && regionCovers(scope, holder.regionCode) ? inRegion() : needsCity();
}
