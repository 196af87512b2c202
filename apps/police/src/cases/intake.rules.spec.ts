import {
  caseToJoin,
  ESCALATED_GUARDIANSHIP_SITUATION,
  situationOfDangerSigns,
  channelRefusal,
  identifiesChild,
  isMandatoryReporter,
  reporterKindRefusal,
  situationOfSchoolReport,
} from './intake.rules';

describe('rule 四(二)2 强制报告: schools, hospitals, village committees, social-work, rescue and welfare agencies must report', () => {
  it('a report by one of those bodies is a mandatory report; the public reports voluntarily', () => {
    for (const kind of [
      'SCHOOL',
      'HOSPITAL',
      'VILLAGE_COMMITTEE',
      'SOCIAL_WORK_AGENCY',
      'RESCUE_AGENCY',
      'WELFARE_INSTITUTION',
    ] as const)
      expect(isMandatoryReporter(kind)).toBe(true);
    expect(isMandatoryReporter('PUBLIC')).toBe(false);
  });

  it("四(二)2/四(二)5: a school's report keeps what the school saw (dropout, truancy, neglect), never a guardian's refusal", () => {
    expect(situationOfSchoolReport('DROPOUT')).toBe('DROPOUT');
    expect(situationOfSchoolReport('TRUANCY_RISK')).toBe('TRUANCY_RISK');
    expect(situationOfSchoolReport('MISSING_GUARDIANSHIP')).toBe('NEGLECT');
  });

  it('四(一)3/四(二)5: a missing agreement escalated past its deadline is a missing-agreement report, not a refusal', () => {
    expect(ESCALATED_GUARDIANSHIP_SITUATION).toEqual({
      NO_AGREEMENT: 'MISSING_AGREEMENT',
      AGREEMENT_ENDED: 'MISSING_AGREEMENT',
    });
  });

  it('四(二)2–3: danger found on a visit reports its gravest sign, never a refusal of the duty', () => {
    expect(situationOfDangerSigns(['NO_CARE', 'ABUSE', 'INJURY'])).toBe('SUSPECTED_DOMESTIC_VIOLENCE');
    expect(situationOfDangerSigns(['NO_CARE', 'INJURY'])).toBe('SUSPECTED_ACCIDENT_OR_HARM');
    expect(situationOfDangerSigns(['NO_CARE', 'LIVING_ALONE'])).toBe('LEFT_ALONE');
    expect(situationOfDangerSigns(['NO_CARE'])).toBe('NEGLECT');
  });

  it('a report names the child or describes an unidentified one', () => {
    expect(identifiesChild('c-1', null)).toBe(true);
    expect(identifiesChild(null, '约8岁男孩，穿红色外套')).toBe(true);
    expect(identifiesChild(null, '  ')).toBe(false);
    expect(identifiesChild(undefined, undefined)).toBe(false);
  });
});

describe('rule 四(二)2: a report about a child already in an open case is linked to it, not duplicated', () => {
  const cases = [
    { id: 'old', childId: 'c-1', status: 'CLOSED' as const },
    { id: 'open', childId: 'c-1', status: 'DISPATCHED' as const },
    { id: 'other', childId: 'c-2', status: 'REPORTED' as const },
  ];
  it("joins the child's open case, never a closed one", () => {
    expect(caseToJoin('c-1', cases)?.id).toBe('open');
    expect(caseToJoin('c-1', [cases[0]])).toBeUndefined();
  });
  it('an unidentified child always opens a case of its own', () => {
    expect(caseToJoin(null, [{ id: 'x', childId: null, status: 'REPORTED' as const }])).toBeUndefined();
  });
});

describe('rule 四(二)2: the public reports through 110, WeChat, Weibo, the news hotline or an assistance phone', () => {
  it('takes a public report through a public channel and a duty-bearer’s through any', () => {
    expect(channelRefusal('PUBLIC', 'WECHAT')).toBeNull();
    expect(channelRefusal('HOSPITAL', 'DUTY_BEARER_DIRECT')).toBeNull();
    expect(channelRefusal('SCHOOL', 'CALL_110')).toBeNull();
  });
  it('refuses a public report entered as a duty-bearer’s, and hand-entered department events', () => {
    expect(channelRefusal('PUBLIC', 'DUTY_BEARER_DIRECT')).toBe('REPORT_CHANNEL_MISMATCH');
    expect(channelRefusal('SCHOOL', 'DEPARTMENT_EVENT')).toBe('REPORT_CHANNEL_RESERVED');
    expect(channelRefusal('REGISTRY_ALERT', 'CALL_110')).toBe('REPORT_CHANNEL_RESERVED');
  });
});

describe('rule 四(二)2: duty-bearers enter their own reports, as the body they work for', () => {
  it('lets school staff report as a school, and refuses them any other kind', () => {
    expect(reporterKindRefusal(['SCHOOL_STAFF'], 'SCHOOL')).toBeNull();
    expect(reporterKindRefusal(['SCHOOL_STAFF'], 'PUBLIC')).toEqual(['SCHOOL']);
    expect(reporterKindRefusal(['HEALTH_OFFICER'], 'SCHOOL')).toEqual(['HOSPITAL']);
  });

  it('lets village supervisors and social workers report for their committee or agency', () => {
    expect(reporterKindRefusal(['VILLAGE_SUPERVISOR'], 'VILLAGE_COMMITTEE')).toBeNull();
    expect(reporterKindRefusal(['CHILD_SOCIAL_WORKER'], 'SOCIAL_WORK_AGENCY')).toBeNull();
  });

  it('四(二)2 lets welfare institutions and rescue centres report as their institution, nothing else', () => {
    expect(reporterKindRefusal(['INSTITUTION_STAFF'], 'WELFARE_INSTITUTION')).toBeNull();
    expect(reporterKindRefusal(['INSTITUTION_STAFF'], 'RESCUE_AGENCY')).toBeNull();
    expect(reporterKindRefusal(['INSTITUTION_STAFF'], 'PUBLIC')).toEqual([
      'WELFARE_INSTITUTION',
      'RESCUE_AGENCY',
    ]);
  });

  it('四(一)2 lets prisons and drug-rehabilitation centres report an inmate’s child, as themselves; not mandatory reporters of 四(二)2', () => {
    expect(reporterKindRefusal(['CUSTODY_STAFF'], 'PRISON')).toBeNull();
    expect(reporterKindRefusal(['CUSTODY_STAFF'], 'DRUG_REHABILITATION_CENTRE')).toBeNull();
    expect(reporterKindRefusal(['CUSTODY_STAFF'], 'SCHOOL')).toEqual([
      'PRISON',
      'DRUG_REHABILITATION_CENTRE',
    ]);
    expect(isMandatoryReporter('PRISON')).toBe(false);
  });

  it('lets police take any report (the public calling 110, a duty-bearer on the phone)', () => {
    expect(reporterKindRefusal(['POLICE_OFFICER'], 'PUBLIC')).toBeNull();
    expect(reporterKindRefusal(['POLICE_OFFICER'], 'WELFARE_INSTITUTION')).toBeNull();
  });
});
