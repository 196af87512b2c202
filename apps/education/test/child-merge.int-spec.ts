import type { INestApplication } from '@nestjs/common';
import { type InProcessService, startInProcess } from '@qz/testing';
import type { Connection } from 'mongoose';
import { EducationChildRecords } from '../src/child-records/child-records.follower';

/**
 * Issue 15, "merges carry everything", for education's records kept under the child's own id: a
 * provisional child merged into the real one (registry.child.merged.v1) passes its student record
 * (学籍号 under its unique index, absences, risks) and its schooling record (notices, placement, home
 * visits) to the real child; two records become one without losing either; a repeat after a crash
 * or a redelivery finishes the work and adds nothing twice. In-process against the real store.
 */
describe('education: a merged provisional child’s student and schooling records', () => {
  let svc: InProcessService;
  let app: INestApplication;
  let db: Connection;
  const REGION = '450702100201';
  const merge = (from: string, into: string) => app.get(EducationChildRecords).mergeChild(from, into, REGION);
  const student = (id: string, studentNumber: string, absences: object[] = []) => ({
    _id: id,
    schoolId: 'school-shabu',
    regionPath: ['450000', '450700', '450702', '450702100'],
    enrolment: {
      schoolId: 'school-shabu',
      grade: 5,
      studentNumber,
      boarding: false,
      enrolledOn: '2025-09-01',
    },
    absences,
    risks: [],
    revision: 1,
  });
  const absence = (date: string) => ({
    date,
    excused: false,
    reason: '未到校',
    recordedBy: 'school',
    recordedAt: new Date(`${date}T01:00:00Z`),
  });
  const notice = (on: string) => ({
    notifiedOn: on,
    notifiedPerson: '父亲',
    method: 'PHONE',
    by: '沙埠镇中心小学 韦老师',
    notes: '',
    recordedBy: 'school',
    recordedAt: new Date(`${on}T01:00:00Z`),
  });
  const placement = (decidedOn: string) => ({
    type: 'HOME_TEACHING',
    decidedOn,
    decidedBy: '钦南区教育局',
    reason: '重度残疾',
    recordedBy: 'bureau',
    recordedAt: new Date(`${decidedOn}T01:00:00Z`),
  });
  const students = () => db.collection('students');
  const schooling = () => db.collection('schooling_records');
  const byId = (c: ReturnType<typeof students>, id: string) => c.findOne({ _id: id as never });

  beforeAll(async () => {
    svc = await startInProcess('education', () => import('../src/app.module').then((m) => m.AppModule));
    app = svc.app;
    db = svc.db;
    await students().createIndex({ 'enrolment.studentNumber': 1 }, { unique: true });
  });

  afterAll(async () => {
    await svc?.stop();
  });

  it('only the provisional child was enrolled: its record, 学籍号 and all, becomes the real child’s', async () => {
    await students().insertOne(student('prov-1', 'G450702000001', [absence('2026-11-02')]) as never);
    await schooling().insertOne({
      _id: 'prov-1',
      dutyNotices: [notice('2026-10-01')],
      placement: placement('2026-10-05'),
      placementHistory: [placement('2026-10-05')],
      homeVisits: [],
    } as never);

    await merge('prov-1', 'real-1');

    expect(await byId(students(), 'prov-1')).toBeNull();
    expect(await byId(students(), 'real-1')).toMatchObject({
      enrolment: { studentNumber: 'G450702000001', schoolId: 'school-shabu' },
      absences: [{ date: '2026-11-02' }],
      mergedFrom: ['prov-1'],
    });
    expect(await byId(schooling(), 'prov-1')).toBeNull();
    expect(await byId(schooling(), 'real-1')).toMatchObject({
      dutyNotices: [{ notifiedOn: '2026-10-01' }],
      placement: { decidedOn: '2026-10-05' },
    });
    // A redelivered merge finds nothing left to do.
    await merge('prov-1', 'real-1');
    expect((await byId(students(), 'real-1'))?.absences).toHaveLength(1);
    expect(await students().countDocuments({ 'enrolment.studentNumber': 'G450702000001' })).toBe(1);
  });

  it('both were enrolled: the real enrolment stays current, the provisional record is kept whole beside it', async () => {
    await students().insertMany([
      student('prov-2', 'G450702000002', [absence('2026-11-03')]),
      student('real-2', 'G450702000003'),
    ] as never);
    await schooling().insertMany([
      {
        _id: 'prov-2',
        dutyNotices: [notice('2026-10-02')],
        placement: placement('2026-10-20'),
        placementHistory: [placement('2026-10-20')],
        homeVisits: [],
      },
      {
        _id: 'real-2',
        dutyNotices: [notice('2026-09-20')],
        placement: placement('2026-09-25'),
        placementHistory: [placement('2026-09-25')],
        homeVisits: [],
      },
    ] as never);

    await merge('prov-2', 'real-2');
    await merge('prov-2', 'real-2');

    expect(await byId(students(), 'prov-2')).toBeNull();
    const real = await byId(students(), 'real-2');
    expect(real).toMatchObject({
      enrolment: { studentNumber: 'G450702000003' },
      revision: 2,
      mergedFrom: ['prov-2'],
      mergedRecords: [{ enrolment: { studentNumber: 'G450702000002' }, absences: [{ date: '2026-11-03' }] }],
    });
    const record = await byId(schooling(), 'real-2');
    expect(record?.dutyNotices.map((n: { notifiedOn: string }) => n.notifiedOn)).toEqual([
      '2026-09-20',
      '2026-10-02',
    ]);
    expect(record?.placement).toMatchObject({ decidedOn: '2026-10-20' }); // decided last
    expect(record?.placementHistory).toHaveLength(2);
  });

  it('a merge stopped after releasing the 学籍号 is finished by the repeat, with the number given back', async () => {
    await students().insertOne({
      ...student('prov-3', 'MERGED:prov-3'),
      releasedStudentNumber: 'G450702000004',
    } as never);

    await merge('prov-3', 'real-3');

    expect(await byId(students(), 'prov-3')).toBeNull();
    const real = await byId(students(), 'real-3');
    expect(real?.enrolment.studentNumber).toBe('G450702000004');
    expect(real).not.toHaveProperty('releasedStudentNumber');
  });
});
