import { DomainError } from '@qz/kernel';
import { checkIdentityScope, duplicateRefusal } from './identity-scope';

const QINNAN = '450702';
const QINBEI = '450703';
const provisional = { id: 'p-1', regionCode: '450703100201' };
const holder = { regionCode: '450702100201' };

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as DomainError).code;
  }
  return null;
};

describe('五(一): an identity question is answered only for someone whose region covers every record it touches', () => {
  it('a county officer confirms a number no one holds for a provisional record of their county', () => {
    expect(codeOf(() => checkIdentityScope(QINBEI, provisional, null))).toBeNull();
  });

  it('a number held by a child of another county is sent to the city, saying nothing of that child', () => {
    let error: DomainError | undefined;
    try {
      checkIdentityScope(QINBEI, provisional, holder);
    } catch (e) {
      error = e as DomainError;
    }
    expect(error?.code).toBe('IDENTITY_NEEDS_CITY');
    expect(`${error?.message} ${JSON.stringify(error)}`).not.toContain(QINNAN);
  });

  it('a provisional record outside the asker’s region is refused as out of region', () => {
    expect(codeOf(() => checkIdentityScope(QINNAN, provisional, null))).toBe('OUT_OF_REGION');
  });

  it('the city covers both counties and may merge', () => {
    expect(codeOf(() => checkIdentityScope('450700', provisional, holder))).toBeNull();
  });

  it('a number already registered is said to be so only within the region of the child holding it', () => {
    const known = () => new DomainError('CHILD_ALREADY_REGISTERED', 'known', 'conflict');
    expect(duplicateRefusal(QINNAN, holder, known).code).toBe('CHILD_ALREADY_REGISTERED');
    expect(duplicateRefusal(QINBEI, holder, known).code).toBe('IDENTITY_NEEDS_CITY');
    expect(duplicateRefusal(QINBEI, null, known).code).toBe('IDENTITY_NEEDS_CITY');
  });
});
