import { ROLE_NAMES, type Role } from './roles';
import type { Identity } from './identity';
import {
  categoriesFor,
  CLASSIFICATION_REASON_READERS,
  mayReadCategory,
  mayReadClassificationReasons,
} from './sensitive-categories';

const as = (role: Role, purpose?: string): Identity => ({
  userId: 'u',
  department: 'CIVIL_AFFAIRS',
  roles: [role],
  regionCode: '450700',
  ...(purpose ? { purpose } : {}),
});

const SEES_ALL = ['CIVIL_AFFAIRS_OFFICER', 'CHILD_SOCIAL_WORKER'] as const;

describe('sensitive categories by role (DOMAIN §6, issue 16 finding 4)', () => {
  it.each([
    ['AIDS_AFFECTED', ['HEALTH_OFFICER']],
    ['SERIOUSLY_ILL', ['HEALTH_OFFICER']],
    ['DISABLED', ['HEALTH_OFFICER', 'DPF_OFFICER', 'EDUCATION_OFFICER']],
    ['DE_FACTO_UNSUPPORTED', ['POLICE_OFFICER']],
    ['TRAFFICKING_RESCUED', ['POLICE_OFFICER']],
  ] as const)('三(一)2–4 %s: civil affairs, the social worker and %j only', (category, extra) => {
    const readers = ROLE_NAMES.filter((r) => mayReadCategory(as(r), category));
    expect(readers.sort()).toEqual([...SEES_ALL, ...extra].sort());
  });

  it('三(一)3 the coordinator sees a sensitive category only with a stated purpose', () => {
    expect(mayReadCategory(as('COORDINATOR'), 'AIDS_AFFECTED')).toBe(false);
    expect(mayReadCategory(as('COORDINATOR', '季度督查'), 'AIDS_AFFECTED')).toBe(true);
  });

  it('三(一)1 other categories are for every role', () => {
    for (const r of ROLE_NAMES) expect(mayReadCategory(as(r), 'POVERTY_DIBAO')).toBe(true);
  });

  it('三(一)4 a child rescued from trafficking: the police and civil affairs, not schools, health or the village', () => {
    for (const r of ['SCHOOL_STAFF', 'EDUCATION_OFFICER', 'HEALTH_OFFICER', 'VILLAGE_SUPERVISOR'] as const)
      expect(mayReadCategory(as(r), 'TRAFFICKING_RESCUED')).toBe(false);
    expect(mayReadCategory(as('POLICE_OFFICER'), 'TRAFFICKING_RESCUED')).toBe(true);
    // 三(一)4's other case, temporarily without family, is what every department acts on.
    expect(mayReadCategory(as('SCHOOL_STAFF'), 'TEMPORARILY_WITHOUT_FAMILY')).toBe(true);
  });

  it('reasons (free text naming any fact) only to roles that see every sensitive category', () => {
    expect([...CLASSIFICATION_REASON_READERS].sort()).toEqual(
      ['CIVIL_AFFAIRS_OFFICER', 'CHILD_SOCIAL_WORKER', 'COORDINATOR'].sort(),
    );
    expect(mayReadClassificationReasons(as('SCHOOL_STAFF'))).toBe(false);
    expect(mayReadClassificationReasons(as('COORDINATOR'))).toBe(false);
    expect(mayReadClassificationReasons(as('COORDINATOR', 'x'))).toBe(true);
  });

  it('三(一) a school sees the child’s other categories, the sensitive ones absent', () => {
    const items = ['LEFT_BEHIND', 'AIDS_AFFECTED', 'POVERTY_DIBAO'];
    expect(categoriesFor(as('SCHOOL_STAFF'), items, (c) => c)).toEqual({
      shown: ['LEFT_BEHIND', 'POVERTY_DIBAO'],
      sensitive: false,
    });
    expect(categoriesFor(as('HEALTH_OFFICER'), items, (c) => c)).toEqual({ shown: items, sensitive: true });
  });
});
