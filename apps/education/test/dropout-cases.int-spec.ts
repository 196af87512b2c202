import { MandatoryReportRaisedV1, type Envelope, type MandatoryReportRaisedPayload } from '@qz/contracts';
import { stackSettings, uniqueName, waitFor } from '@qz/testing';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { pdfText } from '../src/dropout/report/pdf-text';
import { daysAgo, EducationStack, today, workingDaysEndingBefore } from './education-stack';

const CASE = `id caseNumber childId status openedOn facts registeredBy
  attempts { no on by method result notes guardianshipConcern mandatoryReportId }
  flag { on by note } reportDueOn reportWorkingDays reportOverdue
  report { submittedOn by onTime recipients { kind name } }
  escalation { on by reason departments recipient { kind name } }
  returnedOn transitions { from to on by why } mandatoryReportId school { name }`;

const M = {
  createSchool: `mutation ($input: CreateSchoolInput!) { createSchool(input: $input) { id name regionCode level } }`,
  enrol: `mutation ($input: EnrolStudentInput!) { enrolStudent(input: $input) { schoolId grade studentNumber school { name } } }`,
  register: `mutation ($input: RegisterDropoutInput!) { registerDropout(input: $input) { ${CASE} } }`,
  persuade: `mutation ($input: RecordPersuasionInput!) { recordPersuasionAttempt(input: $input) { ${CASE} } }`,
  flag: `mutation ($input: FlagDropoutInput!) { flagDropout(input: $input) { ${CASE} } }`,
  report: `mutation ($input: SubmitDropoutReportInput!) { submitDropoutReport(input: $input) { ${CASE} } }`,
  escalate: `mutation ($input: EscalateDropoutInput!) { escalateDropout(input: $input) { ${CASE} } }`,
  returned: `mutation ($input: RecordDropoutReturnInput!) { recordDropoutReturn(input: $input) { ${CASE} } }`,
};

/**
 * Dropout cases (四(二)6) through the gateway, with the registry and education running from the
 * build against the real broker and store; the mandatory reports (四(二)2) read back by a real
 * Kafka consumer and checked against their contract.
 */
describe('education: dropout cases through the gateway', () => {
  const stack = new EducationStack();
  let consumer: Consumer;
  const reports: Envelope<MandatoryReportRaisedPayload>[] = [];
  const contractErrors: unknown[] = [];
  let schoolId: string;
  let otherSchoolId: string;
  let studentNo = 100;

  beforeAll(async () => {
    // Lingshan county (450721) gives its schools 5 working days for the written report.
    await stack.start({ DROPOUT_REPORT_WORKING_DAYS_BY_COUNTY: '450721:5' });
    const kafka = new Kafka({
      brokers: stackSettings().kafkaBrokers,
      clientId: 'edu-test',
      logLevel: logLevel.NOTHING,
    });
    consumer = kafka.consumer({ groupId: uniqueName('edu-test') });
    await consumer.connect();
    await consumer.subscribe({
      topic: `${stack.topicPrefix}${MandatoryReportRaisedV1.topic}`,
      fromBeginning: true,
    });
    await consumer.run({
      eachMessage: async ({ message }) => {
        try {
          reports.push(MandatoryReportRaisedV1.parse(JSON.parse(message.value?.toString() ?? '')));
        } catch (error) {
          contractErrors.push(error);
        }
      },
    });
    const school = await stack.gql(M.createSchool, {
      input: { name: '钦南区沙埠镇中心小学', regionCode: '450702101', level: 'PRIMARY' },
    });
    expect(school.errors).toBeUndefined();
    schoolId = school.data.createSchool.id;
    const other = await stack.gql(M.createSchool, {
      input: { name: '灵山县第二中学', regionCode: '450721102', level: 'JUNIOR_SECONDARY' },
    });
    otherSchoolId = other.data.createSchool.id;
  });

  afterAll(async () => {
    await consumer?.disconnect();
    await stack.stop();
  });

  async function enrolled(childId: string, school = schoolId) {
    const res = await stack.gql(M.enrol, {
      input: {
        childId,
        schoolId: school,
        grade: 5,
        studentNumber: `G4507${studentNo++}0001`,
        boarding: false,
        enrolledOn: '2025-09-01',
      },
    });
    expect(res.errors).toBeUndefined();
    return res.data.enrolStudent;
  }

  const step = async (mutation: string, input: Record<string, unknown>) => {
    const res = await stack.gql(mutation, { input });
    expect(res.errors).toBeUndefined();
    return Object.values(res.data)[0] as Record<string, any>;
  };

  it('walks a left-behind child’s case from registration through two failed persuasion attempts, flagging, a late report and escalation', async () => {
    const childId = await stack.child(
      '2014-04-04',
      { father: 'MIGRANT_WORKER', mother: 'MIGRANT_WORKER', reason: '家访：父母均在广东务工' },
      { familyName: '黄', givenName: '小梅' },
      ['LEFT_BEHIND'],
    );
    const enrolment = await enrolled(childId);
    expect(enrolment.school.name).toBe('钦南区沙埠镇中心小学');

    let c = await step(M.register, {
      childId,
      schoolId,
      openedOn: daysAgo(20),
      facts: '连续两周未到校，祖母称孩子想外出打工',
      by: '班主任 李老师',
    });
    expect(c).toMatchObject({
      status: 'REGISTERED',
      openedOn: daysAgo(20),
      school: { name: '钦南区沙埠镇中心小学' },
    });
    expect(c.caseNumber).toMatch(/^KC450702-\d{8}-[0-9A-F]{6}$/);
    expect(c.mandatoryReportId).toEqual(expect.any(String));

    // 四(二)2: the mandatory report reaches Kafka, valid against its contract.
    const report = await waitFor('the mandatory report of the dropout', () =>
      reports.find((r) => r.payload.reportId === c.mandatoryReportId),
    );
    expect(report).toMatchObject({
      type: 'education.mandatory-report.raised',
      producer: 'education',
      subject: childId,
      regionCode: '450702101',
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
    expect(contractErrors).toEqual([]);

    c = await step(M.persuade, {
      caseId: c.id,
      on: daysAgo(19),
      by: '李老师',
      method: 'HOME_VISIT',
      result: 'REFUSED',
      notes: '祖母不同意返校',
    });
    expect(c.status).toBe('PERSUADING');
    c = await step(M.persuade, {
      caseId: c.id,
      on: daysAgo(18),
      by: '王校长',
      method: 'PHONE',
      result: 'NOT_REACHED',
      notes: '父母电话无人接听，祖母病重无法照看',
      guardianshipConcern: true,
    });
    expect(c.status).toBe('PERSUADING');
    expect(c.attempts.map((a: { no: number }) => a.no)).toEqual([1, 2]);
    // 四(二)2: the attempt showed missing guardianship, a second mandatory report.
    const guardianship = await waitFor('the missing-guardianship report of the case', () =>
      reports.find((r) => r.payload.reportId === c.attempts[1].mandatoryReportId),
    );
    expect(guardianship.payload).toMatchObject({
      concern: 'MISSING_GUARDIANSHIP',
      facts: '父母电话无人接听，祖母病重无法照看',
      source: { kind: 'DROPOUT_CASE', id: c.id },
    });

    c = await step(M.flag, {
      caseId: c.id,
      on: daysAgo(15),
      by: '教务处 陈老师',
      note: '劝返无效，已在学籍系统标识',
    });
    expect(c).toMatchObject({ status: 'FLAGGED', reportWorkingDays: 3, reportOverdue: true });
    const overdue = await stack.gql(
      `query { overdueDropoutReports(regionCode: "450702") { id reportDueOn } }`,
    );
    expect(overdue.data.overdueDropoutReports).toEqual([{ id: c.id, reportDueOn: c.reportDueOn }]);
    const bySchool = await stack.gql(`query ($s: ID!) { overdueDropoutReports(schoolId: $s) { id } }`, {
      s: schoolId,
    });
    expect(bySchool.data.overdueDropoutReports).toEqual([{ id: c.id }]);

    c = await step(M.report, {
      caseId: c.id,
      on: daysAgo(10),
      by: '王校长',
      townshipGovernment: '沙埠镇人民政府',
    });
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

    c = await step(M.escalate, {
      caseId: c.id,
      on: daysAgo(5),
      by: '沙埠镇 韦副镇长',
      reason: '监护人外出务工，需公安、民政协助',
      departments: ['公安', '民政'],
    });
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
    const escalated = await stack.gql(`query { escalatedDropoutCases(regionCode: "450702101") { id } }`);
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
    await enrolled(childId);
    let c = await step(M.register, {
      childId,
      schoolId,
      openedOn: daysAgo(6),
      facts: '一周未到校',
      by: '班主任 周老师',
    });
    expect(c.mandatoryReportId).toBeNull();
    c = await step(M.persuade, {
      caseId: c.id,
      on: daysAgo(5),
      by: '周老师',
      method: 'HOME_VISIT',
      result: 'REFUSED',
      notes: '家长称孩子厌学',
    });
    c = await step(M.persuade, {
      caseId: c.id,
      on: daysAgo(4),
      by: '周老师',
      method: 'WITH_VILLAGE_COMMITTEE',
      result: 'RETURNED',
      notes: '与村委会一同家访后返校',
    });
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
    expect(reports.filter((r) => r.subject === childId)).toEqual([]);

    // Closed, the child can have a new case.
    const again = await stack.gql(M.register, {
      input: { childId, schoolId, openedOn: today(), facts: '再次辍学', by: '周老师' },
    });
    expect(again.errors).toBeUndefined();
  });

  it('gives a county’s own deadline: 5 working days in Lingshan', async () => {
    const childId = await stack.child('2012-02-02', null, { familyName: '覃', givenName: '芳' });
    await enrolled(childId, otherSchoolId);
    let c = await step(M.register, {
      childId,
      schoolId: otherSchoolId,
      openedOn: '2026-01-05',
      facts: '未到校',
      by: '陈老师',
    });
    c = await step(M.persuade, {
      caseId: c.id,
      on: '2026-01-06',
      by: '陈老师',
      method: 'PHONE',
      result: 'REFUSED',
      notes: '拒绝',
    });
    c = await step(M.flag, { caseId: c.id, on: '2026-01-08', by: '陈老师', note: '标识' }); // a Thursday
    expect(c).toMatchObject({ reportWorkingDays: 5, reportDueOn: '2026-01-15' });
  });

  describe('bad input: a specific code, and nothing written', () => {
    let childId: string;
    let caseId: string;
    const count = () => stack.db.collection('dropout_cases').countDocuments({ childId });
    const revision = async () =>
      (await stack.db.collection('dropout_cases').findOne({ _id: caseId as never }))?.revision;

    beforeAll(async () => {
      childId = await stack.child('2015-05-05', null, { familyName: '陆', givenName: '强' });
      await enrolled(childId);
      caseId = (
        await step(M.register, { childId, schoolId, openedOn: daysAgo(3), facts: '未到校', by: '周老师' })
      ).id;
    });

    const refusedWith = async (
      mutation: string,
      input: Record<string, unknown>,
      code: string,
      field?: string,
    ) => {
      const before = [await count(), await revision()];
      const res = await stack.gql(mutation, { input });
      expect(res.errors?.[0].extensions).toMatchObject({ code, ...(field ? { field } : {}) });
      expect(res.errors?.[0].message.length).toBeGreaterThan(10);
      expect([await count(), await revision()]).toEqual(before);
    };

    it('an unknown child, an unknown school, a child not enrolled, a child enrolled elsewhere', async () => {
      await refusedWith(
        M.register,
        { childId: 'no-such-child', schoolId, openedOn: today(), facts: 'x', by: 'x' },
        'CHILD_NOT_FOUND',
        'input.childId',
      );
      await refusedWith(
        M.register,
        { childId, schoolId: 'no-such-school', openedOn: today(), facts: 'x', by: 'x' },
        'SCHOOL_NOT_FOUND',
        'input.schoolId',
      );
      await refusedWith(
        M.register,
        { childId, schoolId: otherSchoolId, openedOn: today(), facts: 'x', by: 'x' },
        'CHILD_NOT_ENROLLED_AT_SCHOOL',
        'input.schoolId',
      );
      const notEnrolled = await stack.child('2016-06-06', null, { familyName: '梁', givenName: '平' });
      const res = await stack.gql(M.register, {
        input: { childId: notEnrolled, schoolId, openedOn: today(), facts: 'x', by: 'x' },
      });
      expect(res.errors?.[0].extensions?.code).toBe('CHILD_NOT_ENROLLED');
    });

    it('enrolment: unknown child or school, a second enrolment, a student-status number taken, a future date', async () => {
      const other = await stack.child('2016-07-07', null, { familyName: '莫', givenName: '兰' });
      const enrol = (input: Record<string, unknown>) =>
        stack.gql(M.enrol, {
          input: {
            childId: other,
            schoolId,
            grade: 1,
            studentNumber: 'G450702999001',
            boarding: true,
            enrolledOn: '2025-09-01',
            ...input,
          },
        });
      const codes = async (input: Record<string, unknown>) =>
        (await enrol(input)).errors?.[0].extensions?.code;
      expect(await codes({ childId: 'no-such-child' })).toBe('CHILD_NOT_FOUND');
      expect(await codes({ schoolId: 'no-such-school' })).toBe('SCHOOL_NOT_FOUND');
      expect(await codes({ enrolledOn: '2099-09-01' })).toBe('DATE_IN_FUTURE');
      expect(await codes({ studentNumber: 'g-1' })).toBe('FIELD_INVALID');
      const taken = (await stack.db.collection('students').findOne({ _id: childId as never }))?.enrolment
        .studentNumber;
      expect(await codes({ studentNumber: taken })).toBe('STUDENT_NUMBER_TAKEN');
      expect(await stack.db.collection('students').countDocuments({ _id: other as never })).toBe(0);
      expect((await enrol({})).errors).toBeUndefined();
      expect(await codes({ studentNumber: 'G450702999002' })).toBe('CHILD_ALREADY_ENROLLED');
      const school = await stack.gql(
        `query ($id: ID!) { school(id: $id) { enrolments { childId studentNumber boarding } } }`,
        { id: schoolId },
      );
      expect(school.data.school.enrolments).toEqual(
        expect.arrayContaining([{ childId: other, studentNumber: 'G450702999001', boarding: true }]),
      );
    });

    it('concurrent registrations of the same dropout: exactly one case', async () => {
      const twin = await stack.child('2014-09-09', null, { familyName: '蒙', givenName: '浩' });
      await enrolled(twin);
      const results = await Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          stack.gql(M.register, {
            input: { childId: twin, schoolId, openedOn: today(), facts: `登记${i}`, by: '周老师' },
          }),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0].extensions?.code === 'DROPOUT_ALREADY_OPEN')).toHaveLength(
        4,
      );
      expect(await stack.db.collection('dropout_cases').countDocuments({ childId: twin })).toBe(1);
    });

    it('a second open case of the same child', async () => {
      await refusedWith(
        M.register,
        { childId, schoolId, openedOn: today(), facts: '重复登记', by: 'x' },
        'DROPOUT_ALREADY_OPEN',
        'input.childId',
      );
    });

    it('a date in the future, a persuasion attempt dated before the case opened, a date that is no date', async () => {
      await refusedWith(
        M.persuade,
        { caseId, on: '2099-01-01', by: 'x', method: 'PHONE', result: 'REFUSED', notes: 'x' },
        'DATE_IN_FUTURE',
        'input.on',
      );
      await refusedWith(
        M.persuade,
        { caseId, on: daysAgo(30), by: 'x', method: 'PHONE', result: 'REFUSED', notes: 'x' },
        'DATE_BEFORE_CASE_OPENED',
        'input.on',
      );
      await refusedWith(
        M.persuade,
        { caseId, on: '2026-02-30', by: 'x', method: 'PHONE', result: 'REFUSED', notes: 'x' },
        'INVALID_DATE',
        'input.on',
      );
      await refusedWith(
        M.register,
        { childId, schoolId, openedOn: '2099-01-01', facts: 'x', by: 'x' },
        'DATE_IN_FUTURE',
        'input.openedOn',
      );
    });

    it('a transition out of order: flagging or reporting a case nobody tried to persuade', async () => {
      await refusedWith(
        M.flag,
        { caseId, on: today(), by: 'x', note: 'x' },
        'DROPOUT_TRANSITION_NOT_ALLOWED',
        'input.caseId',
      );
      await refusedWith(
        M.report,
        { caseId, on: today(), by: 'x', townshipGovernment: 'x镇' },
        'DROPOUT_TRANSITION_NOT_ALLOWED',
      );
    });

    it('a huge string, an empty one, an unknown case', async () => {
      await refusedWith(
        M.persuade,
        { caseId, on: today(), by: 'x', method: 'PHONE', result: 'REFUSED', notes: '长'.repeat(5000) },
        'FIELD_TOO_LONG',
        'input.notes',
      );
      await refusedWith(
        M.persuade,
        { caseId, on: today(), by: '', method: 'PHONE', result: 'REFUSED', notes: 'x' },
        'FIELD_REQUIRED',
        'input.by',
      );
      await refusedWith(
        M.persuade,
        { caseId: 'no-such-case', on: today(), by: 'x', method: 'PHONE', result: 'REFUSED', notes: 'x' },
        'DROPOUT_CASE_NOT_FOUND',
        'input.caseId',
      );
    });
  });

  it('absences over the threshold open a risk record; contacts are logged; a left-behind child is reported for truancy and for missing guardianship', async () => {
    const childId = await stack.child(
      '2013-08-08',
      { father: 'MIGRANT_WORKER', mother: 'IMPRISONED', reason: '走访核实' },
      { familyName: '韦', givenName: '丽' },
      ['LEFT_BEHIND'],
    );
    await enrolled(childId);
    const days = workingDaysEndingBefore(7, 3);
    const absence = `mutation ($input: RecordAbsenceInput!) { recordAbsence(input: $input) { absence { date } riskOpened { id trigger unexcusedDays status mandatoryReportId } } }`;
    const record = (date: string) =>
      stack.gql(absence, {
        input: { childId, date, excused: false, reason: '无故缺课', by: '班主任 李老师' },
      });
    expect((await record(days[0])).data.recordAbsence.riskOpened).toBeNull();
    expect((await record(days[1])).data.recordAbsence.riskOpened).toBeNull();
    const third = await record(days[2]);
    const risk = third.data.recordAbsence.riskOpened;
    expect(risk).toMatchObject({ trigger: 'CONSECUTIVE', unexcusedDays: 3, status: 'OPEN' });
    const duplicate = await record(days[2]);
    expect(duplicate.errors?.[0].extensions).toMatchObject({
      code: 'ABSENCE_ALREADY_RECORDED',
      field: 'input.date',
    });

    const truancy = await waitFor('the truancy report', () =>
      reports.find((r) => r.payload.reportId === risk.mandatoryReportId),
    );
    expect(truancy.payload).toMatchObject({
      concern: 'TRUANCY_RISK',
      source: { kind: 'ABSENCE_RISK', id: risk.id },
    });

    const uncontacted = `query { openAbsenceRisks(regionCode: "450702", uncontactedOnly: true) { childId risk { id } } }`;
    expect((await stack.gql(uncontacted)).data.openAbsenceRisks).toEqual([
      { childId, risk: { id: risk.id } },
    ]);
    const contact = await stack.gql(
      `mutation ($input: LogGuardianContactInput!) { logGuardianContact(input: $input) { contacts { contactedPerson reached guardianshipConcern mandatoryReportId } } }`,
      {
        input: {
          childId,
          riskId: risk.id,
          on: days[2],
          by: '李老师',
          contactedPerson: '祖父',
          method: 'HOME_VISIT',
          reached: true,
          guardianshipConcern: true,
          notes: '祖父卧病在床，孩子无人照看',
        },
      },
    );
    expect(contact.errors).toBeUndefined();
    const logged = contact.data.logGuardianContact.contacts[0];
    expect(logged).toMatchObject({ contactedPerson: '祖父', guardianshipConcern: true });
    expect((await stack.gql(uncontacted)).data.openAbsenceRisks).toEqual([]);
    const guardianship = await waitFor('the missing-guardianship report', () =>
      reports.find((r) => r.payload.reportId === logged.mandatoryReportId),
    );
    expect(guardianship.payload).toMatchObject({ concern: 'MISSING_GUARDIANSHIP', childId });

    const close = `mutation ($input: CloseAbsenceRiskInput!) { closeAbsenceRisk(input: $input) { status closedOn closedWhy } }`;
    const early = await stack.gql(close, {
      input: { childId, riskId: risk.id, on: days[0], why: '恢复正常上学', by: '李老师' },
    });
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'DATE_BEFORE_RISK_OPENED',
      field: 'input.on',
    });
    const closed = await stack.gql(close, {
      input: { childId, riskId: risk.id, on: today(), why: '恢复正常上学', by: '李老师' },
    });
    expect(closed.data.closeAbsenceRisk).toEqual({
      status: 'CLOSED',
      closedOn: today(),
      closedWhy: '恢复正常上学',
    });
    const onChild = await stack.gql(
      `query ($id: ID!) { child(id: $id) { education { absences { date } absenceRisks { status contacts { contactedPerson } } } } }`,
      { id: childId },
    );
    expect(onChild.data.child.education).toEqual({
      absences: days.map((date) => ({ date })),
      absenceRisks: [{ status: 'CLOSED', contacts: [{ contactedPerson: '祖父' }] }],
    });
    expect(contractErrors).toEqual([]);
  });
});
