import { daysAgo, EducationStack, M, today } from './education-stack';

/** Bad input to education through the gateway: registry and education from the build, real broker and store. */
describe('education: bad input through the gateway gets a specific code, and nothing is written', () => {
  const stack = new EducationStack();
  let schoolId: string;
  let otherSchoolId: string;
  let childId: string;
  let caseId: string;
  const count = () => stack.db.collection('dropout_cases').countDocuments({ childId });
  const revision = async () =>
    (await stack.db.collection('dropout_cases').findOne({ _id: caseId as never }))?.revision;

  beforeAll(async () => {
    await stack.start();
    schoolId = await stack.createSchool({
      name: '钦南区沙埠镇中心小学',
      regionCode: '450702100',
      level: 'PRIMARY',
    });
    otherSchoolId = await stack.createSchool({
      name: '灵山县第二中学',
      regionCode: '450721101',
      level: 'JUNIOR_SECONDARY',
    });
    childId = await stack.child('2015-05-05', null, { familyName: '陆', givenName: '强' });
    await stack.enrol(childId, schoolId);
    caseId = (
      await stack.step(M.register, { childId, schoolId, openedOn: daysAgo(3), facts: '未到校', by: '周老师' })
    ).id;
  });

  afterAll(() => stack.stop());

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
          boarding: true,
          enrolledOn: '2025-09-01',
          ...input,
        },
      });
    const codes = async (input: Record<string, unknown>) => (await enrol(input)).errors?.[0].extensions?.code;
    expect(await codes({ childId: 'no-such-child' })).toBe('CHILD_NOT_FOUND');
    expect(await codes({ schoolId: 'no-such-school' })).toBe('SCHOOL_NOT_FOUND');
    expect(await codes({ enrolledOn: '2099-09-01' })).toBe('DATE_IN_FUTURE');
    // The number is the service's to issue: one given by the caller is not accepted.
    expect(await codes({ studentNumber: 'G450702999001' })).toBeDefined();
    expect(await stack.db.collection('students').countDocuments({ _id: other as never })).toBe(0);
    expect((await enrol({})).errors).toBeUndefined();
    expect(await codes({})).toBe('CHILD_ALREADY_ENROLLED');
    const school = await stack.gql(
      `query ($id: ID!) { school(id: $id) { enrolments { childId studentNumber boarding } } }`,
      { id: schoolId },
    );
    expect(school.data.school.enrolments).toEqual(
      expect.arrayContaining([
        { childId: other, studentNumber: expect.stringMatching(/^XJ[A-HJ-NP-Z2-9]{10}$/), boarding: true },
      ]),
    );
  });

  it('concurrent registrations of the same dropout: exactly one case', async () => {
    const twin = await stack.child('2014-09-09', null, { familyName: '蒙', givenName: '浩' });
    await stack.enrol(twin, schoolId);
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        stack.gql(M.register, {
          input: { childId: twin, schoolId, openedOn: today(), facts: `登记${i}`, by: '周老师' },
        }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'DROPOUT_ALREADY_OPEN')).toHaveLength(4);
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
