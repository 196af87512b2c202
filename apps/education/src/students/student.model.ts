import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AtSchool } from '../schools/at-school.model';
import { ContactMethodValue } from './student.inputs';

@ObjectType('SchoolEnrolment')
export class EnrolmentModel extends AtSchool(Object, { description: 'The registry’s child id.' }) {
  @Field(() => Int)
  grade: number;

  /** 学籍号: a resolved field (EnrolmentResolver), masked for roles outside education. */
  studentNumber: string;

  @Field()
  boarding: boolean;

  @Field({ description: 'YYYY-MM-DD' })
  enrolledOn: string;
}

@ObjectType('SchoolAbsence')
export class AbsenceModel {
  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field()
  excused: boolean;

  @Field()
  reason: string;

  @Field()
  recordedBy: string;
}

@ObjectType('AbsenceRiskContact')
export class ContactModel {
  @Field()
  on: string;

  @Field()
  by: string;

  @Field()
  contactedPerson: string;

  @Field(() => ContactMethodValue)
  method: string;

  @Field()
  reached: boolean;

  @Field()
  guardianshipConcern: boolean;

  @Field()
  notes: string;

  @Field(() => String, { nullable: true, description: 'The mandatory report this contact raised (四(二)2).' })
  mandatoryReportId: string | null;
}

@ObjectType('AbsenceRisk', {
  description: 'Absences over the threshold (四(二)6): the school must contact the parents or guardian.',
})
export class RiskModel {
  @Field(() => ID)
  id: string;

  @Field()
  openedOn: string;

  @Field({ description: 'CONSECUTIVE or CUMULATIVE' })
  trigger: string;

  @Field(() => Int)
  unexcusedDays: number;

  @Field({ description: 'OPEN or CLOSED' })
  status: string;

  @Field(() => [ContactModel])
  contacts: ContactModel[];

  @Field(() => String, { nullable: true })
  closedOn: string | null;

  @Field(() => String, { nullable: true })
  closedWhy: string | null;

  @Field(() => String, { nullable: true, description: 'The mandatory report opening it raised (四(二)2).' })
  mandatoryReportId: string | null;
}

@ObjectType('AbsenceRecorded')
export class AbsenceRecordedModel {
  @Field(() => AbsenceModel)
  absence: AbsenceModel;

  @Field(() => RiskModel, { nullable: true, description: 'The risk record this absence opened, if any.' })
  riskOpened: RiskModel | null;
}

@ObjectType('StudentAbsenceRisk', {
  description: 'An open absence risk record of a student, for a school’s or region’s list.',
})
export class StudentRiskModel {
  @Field(() => ID)
  childId: string;

  @Field(() => ID)
  schoolId: string;

  @Field(() => RiskModel)
  risk: RiskModel;
}
