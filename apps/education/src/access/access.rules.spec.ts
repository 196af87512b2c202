import { judge } from '@qz/platform';
import { regionOfAncestry } from '@qz/kernel';
import { ROLE_NAMES, ROLES, type Identity, type Role } from '@qz/identity';
import { maskStudentNumber } from './masks';
import { educationPolicy as policy } from './policy';
import { requireInRegion } from './region-check';

const aUser = (role: Role, regionCode = '450700'): Identity => ({
  userId: `u-${role}`,
  name: role,
  department: ROLES[role],
  roles: [role],
  regionCode,
});

const allowed = (op: string) =>
  ROLE_NAMES.filter(
    (r) => judge(policy.operations[op as keyof typeof policy.operations], aUser(r as Role)) === 'ALLOWED',
  );

describe('rule 五(一) least privilege: each education operation is the work of the roles that do it', () => {
  it('only the bureau decides aid, escalates to the county government and registers schools', () => {
    for (const op of ['confirmEducationAid', 'rejectEducationAid', 'escalateDropout', 'createSchool'])
      expect(allowed(op)).toEqual(['EDUCATION_OFFICER']);
  });

  it('students, attendance and the case up to the report are the schools’ and the bureau’s only', () => {
    for (const op of [
      'enrolStudent',
      'recordAbsence',
      'logAbsenceRiskContact',
      'closeAbsenceRisk',
      'registerDropout',
      'recordPersuasionAttempt',
      'flagDropout',
      'submitDropoutReport',
      'recordDropoutReturn',
    ])
      expect(allowed(op)).toEqual(['EDUCATION_OFFICER', 'SCHOOL_STAFF']);
  });

  it('civil affairs and the coordinators read cases and aid and change nothing', () => {
    const mutations = [
      'createSchool',
      'enrolStudent',
      'recordAbsence',
      'logAbsenceRiskContact',
      'closeAbsenceRisk',
      'confirmEducationAid',
      'rejectEducationAid',
      'registerDropout',
      'recordPersuasionAttempt',
      'flagDropout',
      'submitDropoutReport',
      'escalateDropout',
      'recordDropoutReturn',
    ];
    for (const op of mutations) {
      expect(allowed(op)).not.toContain('CIVIL_AFFAIRS_OFFICER');
      expect(allowed(op)).not.toContain('COORDINATOR');
    }
    for (const op of ['dropoutCase', 'dropoutCases', 'educationAidProposals', 'dropoutReportPdf']) {
      expect(allowed(op)).toEqual(expect.arrayContaining(['CIVIL_AFFAIRS_OFFICER', 'COORDINATOR']));
    }
  });

  it('the police, health, DPF, village supervisors and the auditor run no education operation', () => {
    for (const role of [
      'POLICE_OFFICER',
      'HEALTH_OFFICER',
      'DPF_OFFICER',
      'VILLAGE_SUPERVISOR',
      'ACCESS_AUDITOR',
    ])
      for (const op of Object.keys(policy.operations)) expect(allowed(op)).not.toContain(role);
  });

  it('Child.education (shared decision): education, civil affairs, social workers, police, coordinators; audited', () => {
    const rule = policy.fields['Child.education'];
    expect([...rule.roles].sort()).toEqual(
      [
        'CHILD_SOCIAL_WORKER',
        'CIVIL_AFFAIRS_OFFICER',
        'COORDINATOR',
        'EDUCATION_OFFICER',
        'POLICE_OFFICER',
        'SCHOOL_STAFF',
      ].sort(),
    );
    expect(rule.audit).toBe(true);
    for (const role of [
      'HEALTH_OFFICER',
      'DPF_OFFICER',
      'VILLAGE_SUPERVISOR',
      'TOWNSHIP_OFFICER',
      'ACCESS_AUDITOR',
    ] as Role[])
      expect(judge(rule, aUser(role))).toBe('FORBIDDEN');
  });
});

describe('rule §6 data about minors: the student-status number is masked outside education', () => {
  it('keeps the letter, the prefecture and the last four', () => {
    expect(maskStudentNumber('G45070220140309123X')).toBe('G******************');
    expect(maskStudentNumber('45070220140309123X')).toBe('******************');
    expect(maskStudentNumber('XJABCDEFGH23')).toBe('X***********');
    expect(maskStudentNumber(null)).toBeNull();
  });
});

describe('rule 五(一) region scoping: a record outside the user’s subtree is refused', () => {
  it('a county user may not touch a record of another county; the city may', () => {
    expect(() => requireInRegion(aUser('EDUCATION_OFFICER', '450703'), '450702100', 'School s')).toThrow(
      expect.objectContaining({ code: 'OUT_OF_REGION' }),
    );
    expect(() =>
      requireInRegion(aUser('EDUCATION_OFFICER', '450700'), '450702100', 'School s'),
    ).not.toThrow();
    expect(() => requireInRegion(aUser('SCHOOL_STAFF', '450702100201'), '450702100', 'School s')).toThrow(
      expect.objectContaining({ code: 'OUT_OF_REGION' }),
    );
  });

  it('a stored region path names its last, most precise code', () => {
    expect(regionOfAncestry(['450000', '450700', '450702', '450702100'])).toBe('450702100');
    expect(regionOfAncestry([])).toBeNull();
  });
});
