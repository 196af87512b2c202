import type { Role } from '@qz/identity';
import { accessRecordsAddedBy, aUser, subgraphAccess } from '@qz/testing';
import { educationPolicy } from '../src/access/policy';

/**
 * Education's access control as it runs (the build in dist/, straight to the subgraph with the
 * gateway's assertion): the generated matrix of every operation x every role x three region
 * levels, requests without or with a forged credential, records of another county refused by id
 * before anything is written, sensitive fields refused, masked and audited.
 */
describe('education: access', () => {
  const svc = subgraphAccess('education', {
    policy: educationPolicy,
    query: '{ schools(regionCode: "450702") { id } }',
    forgedAs: aUser('EDUCATION_OFFICER', '450700'),
    notLeaking: () => '沙埠镇',
  });
  const as = (role: Role, region: string, query: string, variables: Record<string, unknown> = {}) =>
    svc.as(aUser(role, region), query, variables);
  const ok = (role: Role, region: string, query: string, variables: Record<string, unknown> = {}) =>
    svc.ok(aUser(role, region), query, variables);

  // A child of 沙埠镇 (county 450702) the registry told education about, at a school there.
  const childId = '01900000-0000-7000-8000-00000000c001';
  let schoolId: string;
  let caseId: string;
  const proposalId = `${childId}:CLASSIFIED_AID`;

  beforeAll(async () => {
    await svc.db.collection('child_replicas').insertOne({
      _id: childId,
      familyName: '韦',
      givenName: '小玲',
      sex: 'FEMALE',
      birthDate: '2014-05-06',
      regionCode: '450702100201',
      registeredAt: new Date(),
      knownSince: new Date(),
    } as never);
    await svc.db.collection('aid_proposals').insertOne({
      _id: proposalId,
      childId,
      kind: 'CLASSIFIED_AID',
      rule: '四(三)3',
      basis: ['IN_DIFFICULTY'],
      regionPath: ['450000', '450700', '450702', '450702100', '450702100201'],
      status: 'PROPOSED',
      proposedAt: new Date(),
      decision: null,
      withdrawnReason: null,
    } as never);
    const school = await ok(
      'EDUCATION_OFFICER',
      '450702',
      `mutation ($input: CreateSchoolInput!) { createSchool(input: $input) { id } }`,
      { input: { name: '沙埠镇中心小学', regionCode: '450702100', level: 'PRIMARY' } },
    );
    schoolId = school.createSchool.id;
    await ok(
      'SCHOOL_STAFF',
      '450702100',
      `mutation ($input: EnrolStudentInput!) { enrolStudent(input: $input) { childId } }`,
      {
        input: {
          childId,
          schoolId,
          grade: 5,
          boarding: false,
          enrolledOn: '2025-09-01',
        },
      },
    );
    const c = await ok(
      'SCHOOL_STAFF',
      '450702100',
      `mutation ($input: RegisterDropoutInput!) { registerDropout(input: $input) { id } }`,
      {
        input: {
          childId,
          schoolId,
          openedOn: '2025-10-09',
          facts: '连续两周未到校，祖母称想外出打工',
          by: '班主任 李老师',
        },
      },
    );
    caseId = c.registerDropout.id;
  }, 90_000);

  describe('rule 五(一) region scoping: a record of county 450702 named by id, asked by a user of 450703', () => {
    const refused = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['OUT_OF_REGION']);
    const caseDoc = () => svc.db.collection('dropout_cases').findOne({ _id: caseId as never });
    const studentDoc = () => svc.db.collection('students').findOne({ _id: childId as never });

    it('reads are refused: the school, the case, its PDF, the school’s lists', async () => {
      refused(
        await as('EDUCATION_OFFICER', '450703', `query ($id: ID!) { school(id: $id) { id } }`, {
          id: schoolId,
        }),
      );
      refused(
        await as('EDUCATION_OFFICER', '450703', `query ($id: ID!) { dropoutCase(id: $id) { id } }`, {
          id: caseId,
        }),
      );
      refused(
        await as(
          'EDUCATION_OFFICER',
          '450703',
          `query ($id: ID!) { dropoutReportPdf(caseId: $id) { fileName } }`,
          {
            id: caseId,
          },
        ),
      );
      refused(
        await as('SCHOOL_STAFF', '450703', `query ($s: ID) { dropoutCases(schoolId: $s) { id } }`, {
          s: schoolId,
        }),
      );
      refused(
        await as('SCHOOL_STAFF', '450703', `query ($s: ID) { openAbsenceRisks(schoolId: $s) { childId } }`, {
          s: schoolId,
        }),
      );
      refused(
        await as('SCHOOL_STAFF', '450703', `query ($s: ID) { overdueDropoutReports(schoolId: $s) { id } }`, {
          s: schoolId,
        }),
      );
    });

    it('a list without a region lists the asker’s own subtree only', async () => {
      const mine = await ok('SCHOOL_STAFF', '450702100', `{ dropoutCases { id regionCode } }`);
      expect(mine.dropoutCases).toEqual([{ id: caseId, regionCode: '450702100' }]);
      const theirs = await ok(
        'EDUCATION_OFFICER',
        '450703',
        `{ dropoutCases { id } overdueDropoutReports { id } }`,
      );
      expect(theirs).toEqual({ dropoutCases: [], overdueDropoutReports: [] });
    });

    it('changes are refused before anything is written: case steps, escalation, aid, enrolment', async () => {
      const before = await caseDoc();
      refused(
        await as(
          'SCHOOL_STAFF',
          '450703',
          `mutation ($input: RecordPersuasionInput!) { recordPersuasionAttempt(input: $input) { id } }`,
          { input: { caseId, on: '2025-10-10', by: 'x', method: 'PHONE', result: 'REFUSED', notes: 'x' } },
        ),
      );
      refused(
        await as(
          'EDUCATION_OFFICER',
          '450703',
          `mutation ($input: RecordDropoutReturnInput!) { recordDropoutReturn(input: $input) { id } }`,
          { input: { caseId, on: '2025-10-10', by: 'x', why: 'x' } },
        ),
      );
      refused(
        await as(
          'EDUCATION_OFFICER',
          '450703',
          `mutation ($input: EscalateDropoutInput!) { escalateDropout(input: $input) { id } }`,
          { input: { caseId, on: '2025-10-10', by: 'x', reason: 'x', departments: ['公安'] } },
        ),
      );
      expect(await caseDoc()).toEqual(before);

      const proposal = () => svc.db.collection('aid_proposals').findOne({ _id: proposalId as never });
      refused(
        await as(
          'EDUCATION_OFFICER',
          '450703',
          `mutation ($input: DecideEducationAidInput!) { confirmEducationAid(input: $input) { id } }`,
          { input: { proposalId, reason: '符合条件', by: '钦北区教育局' } },
        ),
      );
      expect(await proposal()).toMatchObject({ status: 'PROPOSED', decision: null });

      const otherChild = '01900000-0000-7000-8000-00000000c002';
      await svc.db.collection('child_replicas').insertOne({
        _id: otherChild,
        familyName: '李',
        givenName: '四',
        sex: 'MALE',
        birthDate: '2015-01-01',
        regionCode: '450703100201',
        registeredAt: new Date(),
        knownSince: new Date(),
      } as never);
      refused(
        await as(
          'SCHOOL_STAFF',
          '450703',
          `mutation ($input: EnrolStudentInput!) { enrolStudent(input: $input) { childId } }`,
          {
            input: {
              childId: otherChild,
              schoolId,
              grade: 4,
              boarding: false,
              enrolledOn: '2025-09-01',
            },
          },
        ),
      );
      expect(await svc.db.collection('students').findOne({ _id: otherChild as never })).toBeNull();
    });

    it('a student living in another county is the school’s: its staff record the absence, the home county’s cannot', async () => {
      const otherChild = '01900000-0000-7000-8000-00000000c002'; // household 450703100201
      await ok(
        'EDUCATION_OFFICER',
        '450700',
        `mutation ($input: EnrolStudentInput!) { enrolStudent(input: $input) { childId } }`,
        {
          input: {
            childId: otherChild,
            schoolId,
            grade: 4,
            boarding: false,
            enrolledOn: '2025-09-01',
          },
        },
      );
      const absence = `mutation ($input: RecordAbsenceInput!) { recordAbsence(input: $input) { absence { date } } }`;
      const input = { childId: otherChild, date: '2025-10-08', excused: true, reason: '病假', by: '班主任' };
      refused(await as('SCHOOL_STAFF', '450703', absence, { input }));
      const recorded = await ok('SCHOOL_STAFF', '450702100', absence, { input });
      expect(recorded.recordAbsence.absence).toEqual({ date: '2025-10-08' });
    });

    it('a school of the same county but another township is out of a village school staff’s reach', async () => {
      const before = await studentDoc();
      refused(
        await as(
          'SCHOOL_STAFF',
          '450702100201',
          `mutation ($input: RecordAbsenceInput!) { recordAbsence(input: $input) { absence { date } } }`,
          { input: { childId, date: '2025-10-08', excused: false, reason: '未请假', by: '班主任' } },
        ),
      );
      expect(await studentDoc()).toEqual(before);
    });
  });

  describe('rule §6 data about minors: sensitive fields', () => {
    const childQuery = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Child {
      education { enrolment { studentNumber } dropoutCases { facts } } } } }`;
    const representations = [{ __typename: 'Child', id: childId }];

    it('Child.education is refused to health, DPF, village supervisors and township officers (the field only)', async () => {
      for (const role of [
        'HEALTH_OFFICER',
        'DPF_OFFICER',
        'VILLAGE_SUPERVISOR',
        'TOWNSHIP_OFFICER',
      ] as Role[]) {
        const res = await as(role, '450702', childQuery, { r: representations });
        expect(res.data?._entities).toEqual([{ education: null }]);
        expect(res.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([
          ['FORBIDDEN', ['_entities', 0, 'education']],
        ]);
      }
    });

    it('the student number is issued opaque, masked for civil affairs and the police; education sees it whole', async () => {
      const civil = await ok('CIVIL_AFFAIRS_OFFICER', '450702', childQuery, { r: representations });
      expect(civil._entities[0].education.enrolment.studentNumber).toBe(`X${'*'.repeat(11)}`);
      const police = await ok('POLICE_OFFICER', '450702', childQuery, { r: representations });
      expect(police._entities[0].education.enrolment.studentNumber).toBe(`X${'*'.repeat(11)}`);
      const staff = await ok('SCHOOL_STAFF', '450702100', childQuery, { r: representations });
      expect(staff._entities[0].education.enrolment.studentNumber).toMatch(/^XJ[A-HJ-NP-Z2-9]{10}$/);
    });

    it('a child of another county is refused at Child.education', async () => {
      const res = await as('EDUCATION_OFFICER', '450703', childQuery, { r: representations });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['OUT_OF_REGION']);
    });

    it('the roll of a school is for education only: the coordinator sees the school, not its children', async () => {
      const q = `query ($id: ID!) { school(id: $id) { name enrolments { childId } } }`;
      const res = await as('COORDINATOR', '450700', q, { id: schoolId });
      expect(res.data?.school).toEqual({ name: '沙埠镇中心小学', enrolments: null });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      const staff = await ok('SCHOOL_STAFF', '450702100', q, { id: schoolId });
      expect(staff.school.enrolments).toEqual(expect.arrayContaining([{ childId }]));
    });

    it('each read of the education part and of a case’s facts is in the access log, with who and why', async () => {
      const user = aUser('COORDINATOR', '450700', { purpose: '妇儿工委办季度督查' });
      const added = await accessRecordsAddedBy(svc.db, childId, async () => {
        const res = await svc.as(user, childQuery, { r: representations });
        expect(res.errors).toBeUndefined();
      });
      expect(added).toHaveLength(1);
      expect(added[0]).toContain('Child.education');
      expect(added[0]).toContain('DropoutCase.facts');
      expect(added[0]).toContain(user.userId);
      expect(added[0]).toContain('妇儿工委办季度督查');
    });
  });

  it('reading a case’s written report as a PDF is in the access log', async () => {
    await svc.db.collection('dropout_cases').updateOne(
      { _id: caseId as never },
      {
        $set: { report: { submittedOn: '2025-10-20', by: '王校长', onTime: true, recipients: [] } },
      },
    );
    const added = await accessRecordsAddedBy(svc.db, childId, async () => {
      const pdf = await as(
        'CIVIL_AFFAIRS_OFFICER',
        '450702',
        `query ($id: ID!) { dropoutReportPdf(caseId: $id) { fileName } }`,
        { id: caseId },
      );
      expect(pdf.errors).toBeUndefined();
    });
    expect(added).toEqual([expect.stringContaining('DropoutReportDocument')]);
    await svc.db.collection('dropout_cases').updateOne({ _id: caseId as never }, { $set: { report: null } });
  });

  describe('Region.educationIndicators (docs/domain/indicators.md)', () => {
    const q = `query ($r: [_Any!]!, $from: String!, $to: String!) { _entities(representations: $r) {
      ... on Region { educationIndicators(from: $from, to: $to) {
        regionCode openDropoutCases dropoutCasesOpened returnedToSchool meanDaysToReturn overdueReports escalations } } } }`;
    const of = (code: string, from = '2025-10-01', to = '2025-10-31') => ({
      r: [{ __typename: 'Region', code }],
      from,
      to,
    });

    it('counts the county’s case for the bureau, civil affairs and the coordinators', async () => {
      for (const [role, region] of [
        ['EDUCATION_OFFICER', '450702'],
        ['CIVIL_AFFAIRS_OFFICER', '450700'],
        ['COORDINATOR', '450700'],
      ] as [Role, string][]) {
        const data = await ok(role, region, q, of('450702'));
        expect(data._entities[0].educationIndicators).toEqual({
          regionCode: '450702',
          openDropoutCases: 1,
          dropoutCasesOpened: 1,
          returnedToSchool: 0,
          meanDaysToReturn: null,
          overdueReports: 0,
          escalations: 0,
        });
      }
      const other = await ok('EDUCATION_OFFICER', '450703', q, of('450703'));
      expect(other._entities[0].educationIndicators.openDropoutCases).toBe(0);
    });

    it('refuses another county’s region, other roles, and a bad period', async () => {
      const codes = async (role: Role, region: string, vars: Record<string, unknown>) =>
        (await as(role, region, q, vars)).errors?.map((e) => e.extensions?.code);
      expect(await codes('EDUCATION_OFFICER', '450703', of('450702'))).toEqual(['OUT_OF_REGION']);
      expect(await codes('SCHOOL_STAFF', '450702100', of('450702100'))).toEqual(['FORBIDDEN']);
      expect(await codes('POLICE_OFFICER', '450702', of('450702'))).toEqual(['FORBIDDEN']);
      expect(await codes('EDUCATION_OFFICER', '450702', of('450702', '2025-11-01', '2025-10-01'))).toEqual([
        'PERIOD_REVERSED',
      ]);
      expect(await codes('EDUCATION_OFFICER', '450702', of('450702', '2024-01-01', '2025-10-01'))).toEqual([
        'PERIOD_TOO_LONG',
      ]);
    });
  });
});
