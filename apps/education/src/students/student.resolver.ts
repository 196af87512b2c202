import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AbsenceService } from './absence.service';
import { EnrolmentService } from './enrolment.service';
import {
  CloseAbsenceRiskInput,
  EnrolStudentInput,
  LogGuardianContactInput,
  RecordAbsenceInput,
} from './student.inputs';
import { AbsenceRecordedModel, EnrolmentModel, RiskModel } from './student.model';

@Resolver()
export class StudentResolver {
  constructor(
    private readonly enrolment: EnrolmentService,
    private readonly absences: AbsenceService,
  ) {}

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
  logGuardianContact(@Args('input') input: LogGuardianContactInput) {
    return this.absences.logContact(input);
  }

  @Mutation(() => RiskModel, { description: 'Closes an absence risk record with the reason.' })
  closeAbsenceRisk(@Args('input') input: CloseAbsenceRiskInput) {
    return this.absences.closeRisk(input);
  }
}
