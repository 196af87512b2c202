import { ROLE_NAMES, type Role } from '@qz/identity';
import { assistancePolicy } from './policy';

const allowed = (role: Role) =>
  Object.entries(assistancePolicy.operations)
    .filter(([, rule]) => rule.roles.includes(role))
    .map(([op]) => op)
    .sort();

describe('rule 五(二) least privilege: the assistance policy table', () => {
  it('only the civil-affairs officer grants, changes, suspends, resumes and ends benefits, decides proposals, pays and approves', () => {
    for (const op of [
      'grantBenefit',
      'changeBenefit',
      'suspendBenefit',
      'resumeBenefit',
      'endBenefit',
      'acceptProposal',
      'rejectProposal',
      'generatePaymentRoll',
      'publishAssistanceStandard',
      'approveApplication',
    ])
      expect([op, assistancePolicy.operations[op as keyof typeof assistancePolicy.operations].roles]).toEqual(
        [op, ['CIVIL_AFFAIRS_OFFICER']],
      );
  });

  it('the township window (social worker, township officer) receives and reviews applications', () => {
    expect(assistancePolicy.operations.submitApplication.roles).toEqual([
      'CHILD_SOCIAL_WORKER',
      'TOWNSHIP_OFFICER',
    ]);
    expect(assistancePolicy.operations.reviewApplication.roles).toEqual([
      'CHILD_SOCIAL_WORKER',
      'TOWNSHIP_OFFICER',
    ]);
  });

  it('health, education and DPF officers only read applications and decide their part', () => {
    for (const role of ['HEALTH_OFFICER', 'EDUCATION_OFFICER', 'DPF_OFFICER'] as const)
      expect(allowed(role)).toEqual(['application', 'applicationPartsToDecide', 'decideApplicationPart']);
  });

  it('the coordinator reads and changes nothing', () => {
    const ops = allowed('COORDINATOR');
    expect(ops.length).toBeGreaterThan(0);
    for (const op of ops)
      expect(op).not.toMatch(
        /^(grant|change|suspend|resume|end|accept|reject|generate|publish|submit|review|approve|decide)/,
      );
  });

  it('village supervisors, police, school staff and access auditors have no assistance operation', () => {
    for (const role of ['VILLAGE_SUPERVISOR', 'POLICE_OFFICER', 'SCHOOL_STAFF', 'ACCESS_AUDITOR'] as const)
      expect([role, allowed(role)]).toEqual([role, []]);
  });

  it('Child.assistance (shared decision): civil affairs, social worker, township, health and coordinator; audited', () => {
    expect(assistancePolicy.fields['Child.assistance']).toEqual({
      roles: [
        'CIVIL_AFFAIRS_OFFICER',
        'CHILD_SOCIAL_WORKER',
        'TOWNSHIP_OFFICER',
        'HEALTH_OFFICER',
        'COORDINATOR',
      ],
      audit: true,
    });
    expect(ROLE_NAMES.filter((r) => !assistancePolicy.fields['Child.assistance'].roles.includes(r))).toEqual([
      'VILLAGE_SUPERVISOR',
      'EDUCATION_OFFICER',
      'SCHOOL_STAFF',
      'DPF_OFFICER',
      'POLICE_OFFICER',
      'ACCESS_AUDITOR',
      'INSTITUTION_STAFF',
      'CUSTODY_STAFF',
    ]);
  });

  it('Region.assistanceIndicators: the coordinator and the civil-affairs officer', () => {
    expect(assistancePolicy.fields['Region.assistanceIndicators'].roles).toEqual([
      'COORDINATOR',
      'CIVIL_AFFAIRS_OFFICER',
    ]);
  });
});
