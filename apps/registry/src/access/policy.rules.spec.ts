import { mayReadCategory, ROLE_NAMES, type Role } from '@qz/identity';
import { judge } from '@qz/platform';
import { aUser } from '@qz/testing';
import { registryPolicy } from './policy';

const allowed = (role: Role) =>
  Object.entries(registryPolicy.operations)
    .filter(([, rule]) => judge(rule, aUser(role, '450700', { purpose: '测试' })) === 'ALLOWED')
    .map(([op]) => op)
    .sort();

const MUTATIONS = [
  'registerChild',
  'registerProvisionalChild',
  'confirmChildIdentity',
  'overrideChildCategory',
  'updateChildCircumstances',
  'addEntrustmentAgreement',
  'endEntrustmentAgreement',
  'recordAgreementCheck',
  'recordLivingArrangement',
  'appointSupervisor',
  'endSupervisor',
  'recordVisit',
  'decideCarePlacement',
  'endCarePlacement',
  'recordPlacementFollowUp',
  'importChildren',
];

describe('registry policy table (issue 8 §3)', () => {
  it('rule 四(二)1: a village supervisor reads children and records visits, nothing more', () => {
    expect(allowed('VILLAGE_SUPERVISOR')).toEqual([
      '_entities',
      'child',
      'children',
      'recordVisit',
      'region',
      'regions',
    ]);
  });

  it('the access auditor reads the access log (and the public region tree), nothing else', () => {
    expect(allowed('ACCESS_AUDITOR')).toEqual(['childAccessLog', 'region', 'regions']);
    for (const role of ROLE_NAMES.filter((r) => r !== 'ACCESS_AUDITOR'))
      expect(allowed(role)).not.toContain('childAccessLog');
  });

  it('other departments change nothing in the ledger', () => {
    for (const role of [
      'EDUCATION_OFFICER',
      'SCHOOL_STAFF',
      'HEALTH_OFFICER',
      'DPF_OFFICER',
      'POLICE_OFFICER',
      'TOWNSHIP_OFFICER',
      'COORDINATOR',
    ] as Role[])
      expect(allowed(role).filter((op) => MUTATIONS.includes(op))).toEqual([]);
  });

  it('regions are public administrative data: every role may read them', () => {
    for (const role of ROLE_NAMES)
      expect(allowed(role)).toEqual(expect.arrayContaining(['region', 'regions']));
  });

  it('docs/domain/data-about-minors.md: the identity number is masked whole (issue 16 §2: region and birth date would rebuild it from the last four) but for civil affairs, social workers and police, and audited', () => {
    const rule = registryPolicy.fields['Child.residentIdNumber'];
    expect([...rule.roles].sort()).toEqual([
      'CHILD_SOCIAL_WORKER',
      'CIVIL_AFFAIRS_OFFICER',
      'POLICE_OFFICER',
    ]);
    expect(rule.audit).toBe(true);
    expect(rule.mask('45070220140309123X')).toBe('******************');
  });

  it.each(['Child.placement', 'Child.placementHistory'] as const)(
    '四(一)2 %s (why the child has no family care; adoption is confidential) only to civil affairs and the coordinator with a purpose, audited',
    (field) => {
      const rule = registryPolicy.fields[field];
      expect(rule.audit).toBe(true);
      const readers = ROLE_NAMES.filter(
        (role) => judge(rule, aUser(role, '450700', { purpose: '测试' })) === 'ALLOWED',
      );
      expect(readers.sort()).toEqual(['CHILD_SOCIAL_WORKER', 'CIVIL_AFFAIRS_OFFICER', 'COORDINATOR']);
      expect(judge(rule, aUser('COORDINATOR'))).toBe('PURPOSE_REQUIRED');
    },
  );

  /** Who reads each ledger detail: civil affairs and the coordinator (with a purpose), and the
   * police only the details of their categories (docs/access.md, sensitive categories). */
  const DETAIL_READERS: Record<string, Role[]> = {
    aidsAffected: ['CIVIL_AFFAIRS_OFFICER', 'COORDINATOR'],
    disability: ['CIVIL_AFFAIRS_OFFICER', 'COORDINATOR'],
    disabilityCertificate: ['CIVIL_AFFAIRS_OFFICER', 'COORDINATOR'],
    illnessDiagnosis: ['CIVIL_AFFAIRS_OFFICER', 'COORDINATOR'],
    seriousIllness: ['CIVIL_AFFAIRS_OFFICER', 'COORDINATOR'],
    father: ['CIVIL_AFFAIRS_OFFICER', 'POLICE_OFFICER', 'COORDINATOR'],
    mother: ['CIVIL_AFFAIRS_OFFICER', 'POLICE_OFFICER', 'COORDINATOR'],
    traffickingRescued: ['CIVIL_AFFAIRS_OFFICER', 'POLICE_OFFICER', 'COORDINATOR'],
  };

  it.each(Object.entries(DETAIL_READERS))(
    '三(一)2–4 ChildCircumstances.%s only to %j (the coordinator with a purpose), audited',
    (field, readers) => {
      const rule = registryPolicy.fields[`ChildCircumstances.${field}` as keyof typeof registryPolicy.fields];
      expect(rule).toMatchObject({ audit: true });
      for (const role of ROLE_NAMES)
        expect(judge(rule, aUser(role, '450700', { purpose: '测试' })) === 'ALLOWED').toBe(
          readers.includes(role),
        );
      expect(judge(rule, aUser('COORDINATOR'))).toBe('PURPOSE_REQUIRED');
    },
  );

  it('三(一)2–4 every sensitive ledger detail has a rule, and none shows a category its reader may not see', () => {
    const keys = Object.keys(registryPolicy.fields).filter((k) => k.startsWith('ChildCircumstances.'));
    expect(keys.sort()).toEqual(
      Object.keys(DETAIL_READERS)
        .map((f) => `ChildCircumstances.${f}`)
        .sort(),
    );
    const revealed: Record<string, string> = {
      aidsAffected: 'AIDS_AFFECTED',
      disability: 'DISABLED',
      disabilityCertificate: 'DISABLED',
      illnessDiagnosis: 'SERIOUSLY_ILL',
      seriousIllness: 'SERIOUSLY_ILL',
      father: 'DE_FACTO_UNSUPPORTED',
      mother: 'DE_FACTO_UNSUPPORTED',
      traffickingRescued: 'TRAFFICKING_RESCUED',
    };
    for (const [field, readers] of Object.entries(DETAIL_READERS))
      for (const role of readers)
        expect(mayReadCategory(aUser(role, '450700', { purpose: '测试' }), revealed[field])).toBe(true);
  });
});
