import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DomainError } from '@qz/kernel';
import { AbsenceService } from './absence.service';
import { EnrolmentService } from './enrolment.service';
import {
  CloseAbsenceRiskInput,
  EnrolStudentInput,
  LogAbsenceRiskContactInput,
  RecordAbsenceInput,
} from './student.inputs';
import { AbsenceRecordedModel, EnrolmentModel, RiskModel, StudentRiskModel } from './student.model';
import { StudentRepository } from './student.repository';

@Resolver()
export class StudentResolver {
  constructor(
    private readonly enrolment: EnrolmentService,
    private readonly absences: AbsenceService,
    private readonly students: StudentRepository,
  ) {}

  @Query(() => [StudentRiskModel], {
    description:
      'Open absence risk records of a school, or of a region and below; `uncontactedOnly`: those where nobody has contacted the family yet (四(二)6).',
  })
  async openAbsenceRisks(
    @Args('schoolId', { type: () => ID, nullable: true }) schoolId: string | null,
    @Args('regionCode', { type: () => String, nullable: true }) regionCode: string | null,
    @Args('uncontactedOnly', { type: () => Boolean, defaultValue: false }) uncontactedOnly: boolean,
  ) {
    if (!schoolId && !regionCode) {
      throw new DomainError(
        'FIELD_REQUIRED',
        'give schoolId or regionCode to say whose risks to list',
        'invalid',
        {
          field: 'regionCode',
        },
      );
    }
    const students = schoolId
      ? await this.students.ofSchool(schoolId)
      : await this.students.inRegion(regionCode as string);
    return students.flatMap((s) =>
      s.risks
        .filter((r) => r.status === 'OPEN' && (!uncontactedOnly || r.contacts.length === 0))
        .map((risk) => ({ childId: s.id, schoolId: s.schoolId, risk })),
    );
  }

  @Mutation(() => EnrolmentModel, { description: 'Enrols a registry child at a school (学籍).' })
  async enrolStudent(@Args('input') input: EnrolStudentInput) {
    const student = await this.enrolment.enrol(input);
    return { ...student.enrolment, childId: student.id };
  }

  @Mutation(() => AbsenceRecordedModel, {
    description: 'Records a missed school day; absences over the threshold open a risk record (四(二)6).',
  })
  recordAbsence(@Args('input') input: RecordAbsenceInput) {
    return this.absences.recordAbsence(input);
  }

  @Mutation(() => RiskModel, {
    description: 'Logs a contact with the parents or guardian about an absence risk.',
  })
  logAbsenceRiskContact(@Args('input') input: LogAbsenceRiskContactInput) {
    return this.absences.logContact(input);
  }

  @Mutation(() => RiskModel, { description: 'Closes an absence risk record with the reason.' })
  closeAbsenceRisk(@Args('input') input: CloseAbsenceRiskInput) {
    return this.absences.closeRisk(input);
  }
}
