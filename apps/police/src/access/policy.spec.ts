import { aUser } from '@qz/testing';
import { judge } from '@qz/platform';
import type { Role } from '@qz/identity';
import { policePolicy } from './policy';

const op = (name: keyof typeof policePolicy.operations, role: Role, purpose?: string) =>
  judge(policePolicy.operations[name], aUser(role, '450702', purpose ? { purpose } : {}));
const field = (name: keyof typeof policePolicy.fields, role: Role, purpose?: string) =>
  judge(policePolicy.fields[name], aUser(role, '450702', purpose ? { purpose } : {}));

describe('policy 四(二)2: duty-bearers submit reports and read nothing of police cases', () => {
  const dutyBearers: Role[] = [
    'SCHOOL_STAFF',
    'EDUCATION_OFFICER',
    'HEALTH_OFFICER',
    'VILLAGE_SUPERVISOR',
    'CHILD_SOCIAL_WORKER',
    'INSTITUTION_STAFF',
    'CUSTODY_STAFF',
  ];
  it.each(dutyBearers)('%s may receiveReport but not read cases, queues or details', (role) => {
    expect(op('receiveReport', role)).toBe('ALLOWED');
    for (const read of [
      'protectionCase',
      'policeQueue',
      'openAssessments',
      'revocationGroundChecks',
    ] as const)
      expect(op(read, role)).toBe('FORBIDDEN');
    for (const detail of ['ProtectionCase.reports', 'ProtectionCase.situationType', 'Report.facts'] as const)
      expect(field(detail, role)).toBe('FORBIDDEN');
  });
});

describe('policy 四(二)3: police run the response; nobody else dispatches or records measures', () => {
  it.each(['TOWNSHIP_OFFICER', 'CIVIL_AFFAIRS_OFFICER', 'COORDINATOR', 'SCHOOL_STAFF'] as Role[])(
    '%s may not dispatch, record measures or notify the township',
    (role) => {
      for (const write of ['dispatchCase', 'recordMeasure', 'notifyTownship', 'recordIntervention'] as const)
        expect(op(write, role, 'x')).toBe('FORBIDDEN');
    },
  );
  it('police may', () => {
    for (const write of ['dispatchCase', 'recordMeasure', 'notifyTownship', 'recordIntervention'] as const)
      expect(op(write, 'POLICE_OFFICER')).toBe('ALLOWED');
  });
});

describe('policy 四(二)4: the township records its assessment and plan', () => {
  it('only the township officer records assessments and closes cases', () => {
    expect(op('recordAssessment', 'TOWNSHIP_OFFICER')).toBe('ALLOWED');
    expect(op('closeCase', 'TOWNSHIP_OFFICER')).toBe('ALLOWED');
    expect(op('recordAssessment', 'POLICE_OFFICER')).toBe('FORBIDDEN');
    expect(op('recordAssessment', 'CIVIL_AFFAIRS_OFFICER')).toBe('FORBIDDEN');
  });
});

describe('policy 四(二)5: civil affairs reads cases and assessments (it takes over guardianship)', () => {
  it('civil affairs reads cases, assessments and interventions, and may file petitions', () => {
    expect(op('protectionCase', 'CIVIL_AFFAIRS_OFFICER')).toBe('ALLOWED');
    expect(field('ProtectionCase.assessment', 'CIVIL_AFFAIRS_OFFICER')).toBe('ALLOWED');
    expect(field('ProtectionCase.interventions', 'CIVIL_AFFAIRS_OFFICER')).toBe('ALLOWED');
    expect(op('fileRevocationPetition', 'CIVIL_AFFAIRS_OFFICER')).toBe('ALLOWED');
  });
  it('the township reads case details but not intervention grounds', () => {
    expect(field('ProtectionCase.reports', 'TOWNSHIP_OFFICER')).toBe('ALLOWED');
    expect(field('ProtectionCase.interventions', 'TOWNSHIP_OFFICER')).toBe('FORBIDDEN');
  });
});

describe('policy 五: the reporting person’s identity is for police only', () => {
  it.each(['TOWNSHIP_OFFICER', 'CIVIL_AFFAIRS_OFFICER', 'COORDINATOR'] as Role[])(
    '%s may not read it',
    (role) => {
      for (const f of ['Report.reporterName', 'Report.reporterPhone'] as const)
        expect(field(f, role, 'x')).toBe('FORBIDDEN');
      // The body that reported is a case detail (四(二)2 追责).
      expect(field('Report.reporterOrganisation', role, 'x')).toBe('ALLOWED');
    },
  );
  it('every case detail read is audited', () => {
    for (const [name, rule] of Object.entries(policePolicy.fields))
      if (name !== 'Region.policeIndicators')
        expect([name, 'audit' in rule && rule.audit]).toEqual([name, true]);
  });
});

describe('policy 四(一)2: a detained parent’s children — police record, civil affairs arranges', () => {
  it('only police record a detained parent; only civil affairs records the care it arranged', () => {
    const others: Role[] = ['CIVIL_AFFAIRS_OFFICER', 'TOWNSHIP_OFFICER', 'CUSTODY_STAFF', 'COORDINATOR'];
    expect(op('recordDetainedParent', 'POLICE_OFFICER')).toBe('ALLOWED');
    for (const role of others) expect(op('recordDetainedParent', role, 'x')).toBe('FORBIDDEN');
    expect(op('arrangeDetaineeChildCare', 'CIVIL_AFFAIRS_OFFICER')).toBe('ALLOWED');
    for (const role of ['POLICE_OFFICER', 'CHILD_SOCIAL_WORKER', 'TOWNSHIP_OFFICER'] as Role[])
      expect(op('arrangeDetaineeChildCare', role, 'x')).toBe('FORBIDDEN');
  });
  it('the care tasks and who cares for the child: police, civil affairs, coordinators with a purpose', () => {
    expect(op('detaineeChildCareTasks', 'CIVIL_AFFAIRS_OFFICER')).toBe('ALLOWED');
    expect(op('detaineeChildCareTasks', 'COORDINATOR')).toBe('PURPOSE_REQUIRED');
    for (const role of ['TOWNSHIP_OFFICER', 'SCHOOL_STAFF', 'CUSTODY_STAFF', 'INSTITUTION_STAFF'] as Role[]) {
      expect(op('detaineeChildCareTasks', role, 'x')).toBe('FORBIDDEN');
      expect(field('DetaineeChild.caregiver', role, 'x')).toBe('FORBIDDEN');
    }
  });
});

describe('policy: coordinators read with a stated purpose', () => {
  it('refuses a coordinator without a purpose and allows one with it', () => {
    expect(op('protectionCase', 'COORDINATOR')).toBe('PURPOSE_REQUIRED');
    expect(op('protectionCase', 'COORDINATOR', '年度考核')).toBe('ALLOWED');
    expect(field('Child.protection', 'COORDINATOR')).toBe('PURPOSE_REQUIRED');
  });
});

describe('shared decision: Child.protection in the whole picture', () => {
  it.each(['POLICE_OFFICER', 'TOWNSHIP_OFFICER', 'CIVIL_AFFAIRS_OFFICER', 'CHILD_SOCIAL_WORKER'] as Role[])(
    'is readable by %s',
    (role) => expect(field('Child.protection', role)).toBe('ALLOWED'),
  );
  it.each([
    'EDUCATION_OFFICER',
    'SCHOOL_STAFF',
    'HEALTH_OFFICER',
    'DPF_OFFICER',
    'VILLAGE_SUPERVISOR',
  ] as Role[])('is refused to %s', (role) => expect(field('Child.protection', role)).toBe('FORBIDDEN'));
});

describe('policy: the access auditor reads only the access log', () => {
  it('is refused every police operation', () => {
    for (const name of Object.keys(policePolicy.operations) as (keyof typeof policePolicy.operations)[])
      expect(op(name, 'ACCESS_AUDITOR', 'x')).toBe('FORBIDDEN');
  });
});
