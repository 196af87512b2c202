import { aUser } from '@qz/testing';
import { assertMayHandle, programmesOf } from './health-access.rules';
import { healthPolicy } from './policy';

const codeOf = (f: () => void): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

const rehab = { id: 'a1', programme: 'REHAB' as const, regionCode: '450702100201', countyCode: '450702' };
const claim = { ...rehab, id: 'a2', programme: 'MEDICAL_ASSISTANCE' as const };

describe('rule 四(三)2 division of work: medical assistance is the health commission’s, rehabilitation and 明天计划 the DPF’s', () => {
  it('each officer’s queue holds only the programmes of their department', () => {
    expect(programmesOf(['HEALTH_OFFICER'])).toEqual(['MEDICAL_ASSISTANCE']);
    expect(programmesOf(['DPF_OFFICER'])).toEqual(['REHAB', 'TOMORROW_PLAN']);
    expect(programmesOf(['CIVIL_AFFAIRS_OFFICER'])).toEqual([]);
  });
  it('a DPF officer may not take a step on a medical claim, nor a health officer on a rehabilitation application', () => {
    expect(codeOf(() => assertMayHandle(aUser('DPF_OFFICER', '450702'), claim, 'review'))).toBe('FORBIDDEN');
    expect(codeOf(() => assertMayHandle(aUser('HEALTH_OFFICER', '450702'), rehab, 'approve'))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(() => assertMayHandle(aUser('DPF_OFFICER', '450702'), rehab, 'review'))).toBeUndefined();
  });
});

describe('rule 五(二) region scoping: a step on an application is refused outside the officer’s subtree, before any write', () => {
  it('a county 450703 officer may not touch a 450702 application', () => {
    for (const action of ['review', 'approve', 'refuse', 'disburse'] as const)
      expect(codeOf(() => assertMayHandle(aUser('DPF_OFFICER', '450703'), rehab, action))).toBe(
        'OUT_OF_REGION',
      );
  });
  it('approval and payment draw on the county’s budget: a township officer reviews and refuses, the county approves and pays', () => {
    const township = aUser('DPF_OFFICER', '450702100');
    expect(codeOf(() => assertMayHandle(township, rehab, 'review'))).toBeUndefined();
    expect(codeOf(() => assertMayHandle(township, rehab, 'refuse'))).toBeUndefined();
    expect(codeOf(() => assertMayHandle(township, rehab, 'approve'))).toBe('OUT_OF_REGION');
    expect(codeOf(() => assertMayHandle(township, rehab, 'disburse'))).toBe('OUT_OF_REGION');
    expect(codeOf(() => assertMayHandle(aUser('DPF_OFFICER', '450702'), rehab, 'approve'))).toBeUndefined();
    expect(codeOf(() => assertMayHandle(aUser('DPF_OFFICER', '450700'), rehab, 'disburse'))).toBeUndefined();
  });
});

describe('rule 五(二) least privilege: the policy table', () => {
  const ops = healthPolicy.operations;
  it('only the health commission changes policy standards and budgets and submits medical claims', () => {
    for (const op of ['setHealthPolicyStandard', 'setHealthBudget', 'submitMedicalClaim'] as const)
      expect(ops[op].roles).toEqual(['HEALTH_OFFICER']);
  });
  it('only the DPF applies for rehabilitation and records disability certificates', () => {
    expect(ops.applyForRehab.roles).toEqual(['DPF_OFFICER']);
    expect(ops.recordDisabilityCertificate.roles).toEqual(['DPF_OFFICER']);
  });
  it('the access auditor, police, education, township and village roles have no health operation', () => {
    for (const rule of Object.values(ops))
      for (const role of [
        'ACCESS_AUDITOR',
        'POLICE_OFFICER',
        'EDUCATION_OFFICER',
        'SCHOOL_STAFF',
        'TOWNSHIP_OFFICER',
        'VILLAGE_SUPERVISOR',
      ])
        expect(rule.roles).not.toContain(role);
  });
  it('Child.health: health, DPF, civil affairs and the coordinator (with a purpose), audited', () => {
    expect(healthPolicy.fields['Child.health']).toEqual({
      roles: ['HEALTH_OFFICER', 'DPF_OFFICER', 'CIVIL_AFFAIRS_OFFICER', 'COORDINATOR'],
      purposeFrom: ['COORDINATOR'],
      audit: true,
    });
  });
  it('a diagnosis only to the health commission and the coordinator; every sensitive field audited', () => {
    expect(healthPolicy.fields['HealthApplication.medical'].roles).toEqual(['HEALTH_OFFICER', 'COORDINATOR']);
    for (const key of [
      'ChildHealth.disability',
      'ChildHealth.medicalClaims',
      'ChildHealth.rehabServices',
      'HealthApplication.medical',
      'HealthApplication.rehab',
    ] as const)
      expect(healthPolicy.fields[key].audit).toBe(true);
  });
});
