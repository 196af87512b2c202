import { Inject, Injectable } from '@nestjs/common';
import { ChildReplicaRepository } from '@qz/child-replica';
import { isDomainError, regionAncestry, localDateInChina, type Clock } from '@qz/kernel';
import type { Identity } from '@qz/identity';
import { CLOCK } from '@qz/platform';
import { requireInRegion } from '../access/region-check';
import { notBefore, pastOrToday } from '../common/date-checks';
import { SchoolErrors } from '../schools/school.errors';
import { SchoolRepository } from '../schools/school.repository';
import { newStudentNumber } from './student-number';
import { StudentErrors } from './student.errors';
import type { EnrolStudentInput } from './student.inputs';
import { StudentRepository } from './student.repository';

/** Enrols a registry child at a school; every check runs before the one write. */
@Injectable()
export class EnrolmentService {
  constructor(
    private readonly students: StudentRepository,
    private readonly schools: SchoolRepository,
    private readonly children: ChildReplicaRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async enrol(input: EnrolStudentInput, viewer: Identity) {
    const today = localDateInChina(this.clock.now());
    const enrolledOn = pastOrToday(input.enrolledOn, 'input.enrolledOn', today);
    const child = await this.children.findById(input.childId);
    if (!child) throw StudentErrors.childNotFound(input.childId);
    notBefore(enrolledOn, child.birthDate, 'DATE_BEFORE_BIRTH', 'input.enrolledOn', 'the child’s birth date');
    const school = await this.schools.findById(input.schoolId);
    if (!school) throw SchoolErrors.notFound(input.schoolId);
    requireInRegion(viewer, school.regionCode, `School ${school.id}`);
    if (await this.students.findById(input.childId)) throw StudentErrors.alreadyEnrolled();
    // The number is issued here, never taken from the caller (nor derived from the ID number).
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.write(input, child.id, school, enrolledOn, newStudentNumber());
      } catch (error) {
        if (!isDomainError(error) || error.code !== 'STUDENT_NUMBER_TAKEN' || attempt >= 3) throw error;
      }
    }
  }

  private write(
    input: EnrolStudentInput,
    childId: string,
    school: { id: string; regionCode: string },
    enrolledOn: string,
    studentNumber: string,
  ) {
    return this.students.enrol({
      _id: childId,
      schoolId: school.id,
      regionPath: regionAncestry(school.regionCode),
      enrolment: {
        schoolId: school.id,
        grade: input.grade,
        studentNumber,
        boarding: input.boarding,
        enrolledOn,
      },
      absences: [],
      risks: [],
      revision: 1,
    });
  }

  findById(childId: string) {
    return this.students.findById(childId);
  }

  /** Many children's student records in one store query (the graph's DataLoader batch). */
  findByIds(childIds: readonly string[]) {
    return this.students.findByIds(childIds);
  }

  ofSchool(schoolId: string) {
    return this.students.ofSchool(schoolId);
  }

  /** The students of a region and of every region below it. */
  inRegion(regionCode: string) {
    return this.students.inRegion(regionCode);
  }
}
