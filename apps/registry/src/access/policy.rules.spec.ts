import { ROLE_NAMES, type Role } from '@qz/identity';
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

  it('docs/domain/data-about-minors.md: disability, illness and parents’ custody details only to civil affairs, police and the coordinator (with a purpose), audited', () => {
    const keys = Object.keys(registryPolicy.fields).filter((k) => k.startsWith('ChildCircumstances.'));
    expect(keys.sort()).toEqual(
      [
        'aidsAffected',
        'disability',
        'disabilityCertificate',
        'father',
        'illnessDiagnosis',
        'mother',
        'seriousIllness',
      ]
        .map((f) => `ChildCircumstances.${f}`)
        .sort(),
    );
    for (const key of keys) {
      const rule = registryPolicy.fields[key as keyof typeof registryPolicy.fields];
      expect(rule).toMatchObject({ audit: true });
      for (const role of ROLE_NAMES) {
        const expected = ['CIVIL_AFFAIRS_OFFICER', 'POLICE_OFFICER', 'COORDINATOR'].includes(role);
        expect(judge(rule, aUser(role, '450700', { purpose: '测试' })) === 'ALLOWED').toBe(expected);
      }
      expect(judge(rule, aUser('COORDINATOR'))).toBe('PURPOSE_REQUIRED');
    }
  });
});
