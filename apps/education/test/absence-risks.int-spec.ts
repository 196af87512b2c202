import { waitFor } from '@qz/testing';
import { EducationStack, today, USERS, workingDaysEndingBefore } from './education-stack';

/**
 * Absences and truancy risk (四(二)6, first sentence) and the mandatory reports they raise (四(二)2),
 * through the gateway with registry and education from the build, against the real broker and store.
 */
describe('education: absences, risk records and contacts with the family', () => {
  const stack = new EducationStack();
  let schoolId: string;

  beforeAll(async () => {
    await stack.start();
    schoolId = await stack.createSchool({
      name: '钦南区沙埠镇中心小学',
      regionCode: '450702100',
      level: 'PRIMARY',
    });
  });

  afterAll(() => stack.stop());

  it('absences over the threshold open a risk record; contacts are logged; a left-behind child is reported for truancy and for missing guardianship', async () => {
    const childId = await stack.child(
      '2013-08-08',
      { father: 'MIGRANT_WORKER', mother: 'IMPRISONED', reason: '走访核实' },
      { familyName: '韦', givenName: '丽' },
      ['LEFT_BEHIND'],
    );
    await stack.enrol(childId, schoolId);
    const days = workingDaysEndingBefore(7, 3);
    const absence = `mutation ($input: RecordAbsenceInput!) { recordAbsence(input: $input) { absence { date } riskOpened { id trigger unexcusedDays status mandatoryReportId } } }`;
    const record = (date: string) =>
      stack.gql(
        absence,
        { input: { childId, date, excused: false, reason: '无故缺课', by: '班主任 李老师' } },
        USERS.shabuSchool,
      );
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
      stack.reports.find((r) => r.payload.reportId === risk.mandatoryReportId),
    );
    expect(truancy.payload).toMatchObject({
      concern: 'TRUANCY_RISK',
      source: { kind: 'ABSENCE_RISK', id: risk.id },
    });
    // The event names who recorded the absence, as the gateway verified them.
    expect(truancy.actor).toEqual({ kind: 'user', id: USERS.shabuSchool.userId, department: 'EDUCATION' });

    const uncontacted = `query { openAbsenceRisks(regionCode: "450702", uncontactedOnly: true) { childId risk { id } } }`;
    expect((await stack.gql(uncontacted)).data.openAbsenceRisks).toEqual([
      { childId, risk: { id: risk.id } },
    ]);
    // The school's own list, without a region: its township.
    const mine = await stack.gql(`query { openAbsenceRisks { childId } }`, {}, USERS.shabuSchool);
    expect(mine.data.openAbsenceRisks).toEqual([{ childId }]);
    const contact = await stack.gql(
      `mutation ($input: LogAbsenceRiskContactInput!) { logAbsenceRiskContact(input: $input) { contacts { contactedPerson reached guardianshipConcern mandatoryReportId } } }`,
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
      USERS.shabuSchool,
    );
    expect(contact.errors).toBeUndefined();
    const logged = contact.data.logAbsenceRiskContact.contacts[0];
    expect(logged).toMatchObject({ contactedPerson: '祖父', guardianshipConcern: true });
    expect((await stack.gql(uncontacted)).data.openAbsenceRisks).toEqual([]);
    const guardianship = await waitFor('the missing-guardianship report', () =>
      stack.reports.find((r) => r.payload.reportId === logged.mandatoryReportId),
    );
    expect(guardianship.payload).toMatchObject({ concern: 'MISSING_GUARDIANSHIP', childId });

    const close = `mutation ($input: CloseAbsenceRiskInput!) { closeAbsenceRisk(input: $input) { status closedOn closedWhy } }`;
    const early = await stack.gql(
      close,
      { input: { childId, riskId: risk.id, on: days[0], why: '恢复正常上学', by: '李老师' } },
      USERS.shabuSchool,
    );
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'DATE_BEFORE_RISK_OPENED',
      field: 'input.on',
    });
    const closed = await stack.gql(
      close,
      { input: { childId, riskId: risk.id, on: today(), why: '恢复正常上学', by: '李老师' } },
      USERS.shabuSchool,
    );
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
    expect(stack.contractErrors).toEqual([]);
  });
});
