import { failureRefusal, tally } from './accountability.rules';

describe('rule 四(二)2 追责: a duty-bearer that knew and did not report is held to account', () => {
  const reports = [{ reporterKind: 'HOSPITAL', reporterOrganisation: '钦州市第一人民医院' }];

  it('is recorded against a school, hospital, committee or agency, not against the public', () => {
    expect(failureRefusal('SCHOOL', '沙埠镇中心小学', reports)).toBeNull();
    expect(failureRefusal('PUBLIC', '邻居', reports)).toBe('NOT_A_DUTY_BEARER');
    expect(failureRefusal('REGISTRY_ALERT', '台账', reports)).toBe('NOT_A_DUTY_BEARER');
  });

  it('is refused against an organisation that did report in the case', () => {
    expect(failureRefusal('HOSPITAL', ' 钦州市第一人民医院 ', reports)).toBe('DUTY_BEARER_DID_REPORT');
  });

  it('lists failures by region and organisation, most first', () => {
    const rows = tally([
      { regionCode: '450702100201', organisationKind: 'SCHOOL', organisation: 'A小学', caseId: 'c1' },
      { regionCode: '450702100201', organisationKind: 'SCHOOL', organisation: 'B小学', caseId: 'c2' },
      { regionCode: '450702100201', organisationKind: 'SCHOOL', organisation: 'B小学', caseId: 'c3' },
    ]);
    expect(rows.map((r) => [r.organisation, r.failures])).toEqual([
      ['B小学', 2],
      ['A小学', 1],
    ]);
  });
});
