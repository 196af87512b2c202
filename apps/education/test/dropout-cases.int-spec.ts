import { waitFor } from '@qz/testing';
import { pdfText } from '../src/dropout/report/pdf-text';
import { daysAgo, EducationStack, M, today, USERS } from './education-stack';

/**
 * Dropout cases (四(二)6) through the gateway, with the registry and education running from the
 * build against the real broker and store; the mandatory reports (四(二)2) read back by a real
 * Kafka consumer and checked against their contract.
 */
describe('education: dropout cases through the gateway', () => {
  const stack = new EducationStack();
  let schoolId: string;
  let lingshan: string;

  beforeAll(async () => {
    // Lingshan county (450721) gives its schools 5 working days for the written report.
    await stack.start({ DROPOUT_REPORT_WORKING_DAYS_BY_COUNTY: '450721:5' });
    schoolId = await stack.createSchool({
      name: '钦南区沙埠镇中心小学',
      regionCode: '450702100',
      level: 'PRIMARY',
    });
    lingshan = await stack.createSchool({
      name: '灵山县第二中学',
      regionCode: '450721101',
      level: 'JUNIOR_SECONDARY',
    });
  });

  afterAll(() => stack.stop());

  it('walks a left-behind child’s case from registration through two failed persuasion attempts, flagging, a late report and escalation', async () => {
    const childId = await stack.child(
      '2014-04-04',
      { father: 'MIGRANT_WORKER', mother: 'MIGRANT_WORKER', reason: '家访：父母均在广东务工' },
      { familyName: '黄', givenName: '小梅' },
      ['LEFT_BEHIND'],
    );
    const enrolment = await stack.enrol(childId, schoolId);
    expect(enrolment.school.name).toBe('钦南区沙埠镇中心小学');

    let c = await stack.step(
      M.register,
      {
        childId,
        schoolId,
        openedOn: daysAgo(20),
        facts: '连续两周未到校，祖母称孩子想外出打工',
        by: '班主任 李老师',
      },
      USERS.shabuSchool,
    );
    expect(c).toMatchObject({
      status: 'REGISTERED',
      openedOn: daysAgo(20),
      school: { name: '钦南区沙埠镇中心小学' },
    });
    expect(c.caseNumber).toMatch(/^KC450702-\d{8}-[0-9A-F]{6}$/);
    expect(c.mandatoryReportId).toEqual(expect.any(String));

    // 四(二)2: the mandatory report reaches Kafka, valid against its contract.
    const report = await waitFor('the mandatory report of the dropout', () =>
      stack.reports.find((r) => r.payload.reportId === c.mandatoryReportId),
    );
    expect(report).toMatchObject({
      type: 'education.mandatory-report.raised',
      actor: { kind: 'user', id: USERS.shabuSchool.userId, department: 'EDUCATION' },
      producer: 'education',
      subject: childId,
      regionCode: '450702100',
      payload: {
        childId,
        concern: 'DROPOUT',
        reporter: { kind: 'SCHOOL', schoolId, schoolName: '钦南区沙埠镇中心小学', person: '班主任 李老师' },
        childCategories: ['LEFT_BEHIND'],
        leftBehind: true,
        observedOn: daysAgo(20),
        source: { kind: 'DROPOUT_CASE', id: c.id, caseNumber: c.caseNumber },
      },
    });
    expect(stack.contractErrors).toEqual([]);

    c = await stack.step(
      M.persuade,
      {
        caseId: c.id,
        on: daysAgo(19),
        by: '李老师',
        method: 'HOME_VISIT',
        result: 'REFUSED',
        notes: '祖母不同意返校',
      },
      USERS.shabuSchool,
    );
    expect(c.status).toBe('PERSUADING');
    c = await stack.step(
      M.persuade,
      {
        caseId: c.id,
        on: daysAgo(18),
        by: '王校长',
        method: 'PHONE',
        result: 'NOT_REACHED',
        notes: '父母电话无人接听，祖母病重无法照看',
        guardianshipConcern: true,
      },
      USERS.shabuSchool,
    );
    expect(c.status).toBe('PERSUADING');
    expect(c.attempts.map((a: { no: number }) => a.no)).toEqual([1, 2]);
    // 四(二)2: the attempt showed missing guardianship, a second mandatory report.
    const guardianship = await waitFor('the missing-guardianship report of the case', () =>
      stack.reports.find((r) => r.payload.reportId === c.attempts[1].mandatoryReportId),
    );
    expect(guardianship.payload).toMatchObject({
      concern: 'MISSING_GUARDIANSHIP',
      facts: '父母电话无人接听，祖母病重无法照看',
      source: { kind: 'DROPOUT_CASE', id: c.id },
    });

    c = await stack.step(
      M.flag,
      {
        caseId: c.id,
        on: daysAgo(15),
        by: '教务处 陈老师',
        note: '劝返无效，已在学籍系统标识',
      },
      USERS.shabuSchool,
    );
    expect(c).toMatchObject({ status: 'FLAGGED', reportWorkingDays: 3, reportOverdue: true });
    const overdue = await stack.gql(
      `query { overdueDropoutReports(regionCode: "450702") { id reportDueOn } }`,
    );
    expect(overdue.data.overdueDropoutReports).toEqual([{ id: c.id, reportDueOn: c.reportDueOn }]);
    const bySchool = await stack.gql(`query ($s: ID!) { overdueDropoutReports(schoolId: $s) { id } }`, {
      s: schoolId,
    });
    expect(bySchool.data.overdueDropoutReports).toEqual([{ id: c.id }]);

    c = await stack.step(
      M.report,
      {
        caseId: c.id,
        on: daysAgo(10),
        by: '王校长',
        townshipGovernment: '沙埠镇人民政府',
      },
      USERS.shabuSchool,
    );
    expect(c).toMatchObject({ status: 'REPORTED', reportOverdue: false });
    expect(c.report).toEqual({
      submittedOn: daysAgo(10),
      by: '王校长',
      onTime: false,
      recipients: [
        { kind: 'COUNTY_EDUCATION_BUREAU', name: '钦南区教育局' },
        { kind: 'TOWNSHIP_GOVERNMENT', name: '沙埠镇人民政府' },
      ],
    });
    expect(
      (await stack.gql(`query { overdueDropoutReports(regionCode: "450702") { id } }`)).data
        .overdueDropoutReports,
    ).toEqual([]);

    c = await stack.step(
      M.escalate,
      {
        caseId: c.id,
        on: daysAgo(5),
        by: '沙埠镇 韦副镇长',
        reason: '监护人外出务工，需公安、民政协助',
        departments: ['公安', '民政'],
      },
      USERS.qinnanBureau,
    );
    expect(c).toMatchObject({
      status: 'ESCALATED',
      escalation: {
        departments: ['公安', '民政'],
        recipient: { kind: 'COUNTY_GOVERNMENT', name: '钦南区人民政府' },
      },
    });
    expect(c.transitions.map((t: { from: string | null; to: string }) => `${t.from}>${t.to}`)).toEqual([
      'null>REGISTERED',
      'REGISTERED>PERSUADING',
      'PERSUADING>FLAGGED',
      'FLAGGED>REPORTED',
      'REPORTED>ESCALATED',
    ]);
    expect(c.transitions[2]).toMatchObject({
      on: daysAgo(15),
      by: '教务处 陈老师',
      why: '劝返无效，已在学籍系统标识',
    });
    const escalated = await stack.gql(`query { escalatedDropoutCases(regionCode: "450702100") { id } }`);
    expect(escalated.data.escalatedDropoutCases).toEqual([{ id: c.id }]);
    const onChild = await stack.gql(
      `query ($id: ID!) { child(id: $id) { familyName education { dropoutCases { id status } enrolment { grade } } } }`,
      { id: childId },
    );
    expect(onChild.data.child).toMatchObject({
      familyName: '黄',
      education: { dropoutCases: [{ id: c.id, status: 'ESCALATED' }], enrolment: { grade: 5 } },
    });

    // The written report as a PDF: a valid document with the child's name and the case number as text.
    const pdf = await stack.gql(
      `query ($id: ID!) { dropoutReportPdf(caseId: $id) { fileName contentType base64 } }`,
      { id: c.id },
    );
    expect(pdf.errors).toBeUndefined();
    expect(pdf.data.dropoutReportPdf).toMatchObject({
      fileName: `${c.caseNumber}.pdf`,
      contentType: 'application/pdf',
    });
    const bytes = Buffer.from(pdf.data.dropoutReportPdf.base64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(bytes);
    expect(text).toContain('黄小梅');
    expect(text).toContain(c.caseNumber);
    expect(text).toContain('祖母不同意返校');
    expect(text).toContain('钦南区教育局、沙埠镇人民政府');
  });

  it('returns a child in no category to school: no mandatory report; escalating the returned case is refused', async () => {
    const childId = await stack.child('2013-03-03', null, { familyName: '李', givenName: '明' });
    await stack.enrol(childId, schoolId);
    let c = await stack.step(
      M.register,
      {
        childId,
        schoolId,
        openedOn: daysAgo(6),
        facts: '一周未到校',
        by: '班主任 周老师',
      },
      USERS.shabuSchool,
    );
    expect(c.mandatoryReportId).toBeNull();
    c = await stack.step(
      M.persuade,
      {
        caseId: c.id,
        on: daysAgo(5),
        by: '周老师',
        method: 'HOME_VISIT',
        result: 'REFUSED',
        notes: '家长称孩子厌学',
      },
      USERS.shabuSchool,
    );
    c = await stack.step(
      M.persuade,
      {
        caseId: c.id,
        on: daysAgo(4),
        by: '周老师',
        method: 'WITH_VILLAGE_COMMITTEE',
        result: 'RETURNED',
        notes: '与村委会一同家访后返校',
      },
      USERS.shabuSchool,
    );
    expect(c).toMatchObject({ status: 'RETURNED', returnedOn: daysAgo(4) });
    expect(c.transitions.map((t: { to: string }) => t.to)).toEqual(['REGISTERED', 'PERSUADING', 'RETURNED']);

    const refused = await stack.gql(M.escalate, {
      input: { caseId: c.id, on: today(), by: 'x', reason: 'x', departments: ['公安'] },
    });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'DROPOUT_TRANSITION_NOT_ALLOWED',
      field: 'input.caseId',
    });
    expect(refused.errors?.[0].message).toContain('RETURNED');

    // No event was ever written for this case, and none reached Kafka for this child.
    const doc = await stack.db.collection('dropout_cases').findOne({ _id: c.id as never });
    expect(doc).toMatchObject({ outboxVersion: 0, status: 'RETURNED', revision: 3 });
    expect(stack.reports.filter((r) => r.subject === childId)).toEqual([]);

    // Closed, the child can have a new case.
    const again = await stack.gql(
      M.register,
      { input: { childId, schoolId, openedOn: today(), facts: '再次辍学', by: '周老师' } },
      USERS.shabuSchool,
    );
    expect(again.errors).toBeUndefined();
  });

  it('gives a county’s own deadline: 5 working days in Lingshan', async () => {
    const childId = await stack.child('2012-02-02', null, { familyName: '覃', givenName: '芳' });
    await stack.enrol(childId, lingshan);
    let c = await stack.step(M.register, {
      childId,
      schoolId: lingshan,
      openedOn: '2026-01-05',
      facts: '未到校',
      by: '陈老师',
    });
    c = await stack.step(M.persuade, {
      caseId: c.id,
      on: '2026-01-06',
      by: '陈老师',
      method: 'PHONE',
      result: 'REFUSED',
      notes: '拒绝',
    });
    c = await stack.step(M.flag, { caseId: c.id, on: '2026-01-08', by: '陈老师', note: '标识' }); // a Thursday
    expect(c).toMatchObject({ reportWorkingDays: 5, reportDueOn: '2026-01-15' });
  });
});
