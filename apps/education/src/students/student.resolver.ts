import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Identity } from '@qz/identity';
import { Viewer } from '@qz/platform';
import { requireInRegion } from '../access/region-check';
import { SchoolService } from '../schools/school.service';
import { AbsenceService } from './absence.service';
import { EnrolmentService } from './enrolment.service';
import {
  CloseAbsenceRiskInput,
  EnrolStudentInput,
  LogAbsenceRiskContactInput,
  RecordAbsenceInput,
} from './student.inputs';
import { AbsenceRecordedModel, EnrolmentModel, RiskModel, StudentRiskModel } from './student.model';

@Resolver()
export class StudentResolver {
  constructor(
    private readonly enrolment: EnrolmentService,
    private readonly absences: AbsenceService,
    private readonly schools: SchoolService,
  ) {}

  @Query(() => [StudentRiskModel], {
    description:
      'Open absence risk records of a school, or of a region and below (the asker’s region when neither is given); `uncontactedOnly`: those where nobody has contacted the family yet (四(二)6).',
  })
  async openAbsenceRisks(
    @Args('schoolId', { type: () => ID, nullable: true }) schoolId: string | null,
    @Args('regionCode', { type: () => String, nullable: true }) regionCode: string | null,
    @Args('uncontactedOnly', { type: () => Boolean, defaultValue: false }) uncontactedOnly: boolean,
    @Viewer() viewer: Identity,
  ) {
    if (schoolId) {
      const school = await this.schools.findById(schoolId);
      requireInRegion(viewer, school?.regionCode, `School ${schoolId}`);
    }
    const students = schoolId
      ? await this.enrolment.ofSchool(schoolId)
      : await this.enrolment.inRegion(regionCode ?? viewer.regionCode);
    return students.flatMap((s) =>
      s.risks
        .filter((r) => r.status === 'OPEN' && (!uncontactedOnly || r.contacts.length === 0))
        .map((risk) => ({ childId: s.id, schoolId: s.schoolId, risk })),
    );
  }

  @Mutation(() => EnrolmentModel, { description: 'Enrols a registry child at a school (学籍).' })
  async enrolStudent(@Args('input') input: EnrolStudentInput, @Viewer() viewer: Identity) {
    const student = await this.enrolment.enrol(input, viewer);
    return { ...student.enrolment, childId: student.id };
  }

  @Mutation(() => AbsenceRecordedModel, {
    description: 'Records a missed school day; absences over the threshold open a risk record (四(二)6).',
  })
  recordAbsence(@Args('input') input: RecordAbsenceInput, @Viewer() viewer: Identity) {
    return this.absences.recordAbsence(input, viewer);
  }

  @Mutation(() => RiskModel, {
    description: 'Logs a contact with the parents or guardian about an absence risk.',
  })
  logAbsenceRiskContact(@Args('input') input: LogAbsenceRiskContactInput, @Viewer() viewer: Identity) {
    return this.absences.logContact(input, viewer);
  }

  @Mutation(() => RiskModel, { description: 'Closes an absence risk record with the reason.' })
  closeAbsenceRisk(@Args('input') input: CloseAbsenceRiskInput, @Viewer() viewer: Identity) {
    return this.absences.closeRisk(input, viewer);
  }
}
