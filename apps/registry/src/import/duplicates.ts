import type { ChildDocument } from '../children/child.schema';
import type { ImportRowError } from './import-job.repository';
import { IDENTITY_COLUMNS, sameChildKey } from './ledger-columns';

type Identity = Pick<
  ChildDocument,
  'residentIdNumber' | 'familyName' | 'givenName' | 'birthDate' | 'regionCode'
>;

/** A ledger child outside the import's region: its number is refused without saying it is known (五(一)). */
export const OUTSIDE_SCOPE = -1;

/**
 * What the ledger and the file so far hold: ID numbers and people, with the row that brought each
 * (0: the ledger, OUTSIDE_SCOPE: the ledger, a child outside the importer's region).
 */
export class SeenChildren {
  readonly ids = new Map<string, number>();
  readonly people = new Map<string, number>();

  duplicateOf(row: number, child: Identity): ImportRowError | null {
    const byId = this.ids.get(child.residentIdNumber);
    if (byId === OUTSIDE_SCOPE) {
      return {
        row,
        field: IDENTITY_COLUMNS.residentIdNumber,
        code: 'IDENTITY_NEEDS_CITY',
        message: `this ${IDENTITY_COLUMNS.residentIdNumber} cannot be imported in your region; ask the city civil-affairs bureau to check it`,
      };
    }
    if (byId !== undefined) {
      return {
        row,
        field: IDENTITY_COLUMNS.residentIdNumber,
        code: 'DUPLICATE_RESIDENT_ID',
        message: byId
          ? `${IDENTITY_COLUMNS.residentIdNumber} is the same as in row ${byId} of this file`
          : `a child with this ${IDENTITY_COLUMNS.residentIdNumber} is already in the ledger`,
      };
    }
    const byPerson = this.people.get(sameChildKey(child));
    if (byPerson !== undefined) {
      const same = `${IDENTITY_COLUMNS.name}, ${IDENTITY_COLUMNS.birthDate} and ${IDENTITY_COLUMNS.regionCode}`;
      return {
        row,
        field: IDENTITY_COLUMNS.name,
        code: 'DUPLICATE_CHILD',
        message: byPerson
          ? `${same} are the same as in row ${byPerson} of this file, with another ID number; check which is right`
          : `a child with the same ${same} is already in the ledger, with another ID number; check which is right`,
      };
    }
    return null;
  }

  add(row: number, child: Identity) {
    this.ids.set(child.residentIdNumber, row);
    // A person outside the region never matches a row of the file (its rows lie in the region).
    if (row !== OUTSIDE_SCOPE) this.people.set(sameChildKey(child), row);
  }
}
