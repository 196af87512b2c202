import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AtSchool } from '../schools/at-school.model';
import { PersuasionMethodValue, PersuasionResultValue } from './dropout-case.inputs';
import { DROPOUT_STATUSES } from './dropout-case.rules';

export const DropoutStatusValue = Object.fromEntries(DROPOUT_STATUSES.map((s) => [s, s])) as {
  [K in (typeof DROPOUT_STATUSES)[number]]: K;
};
registerEnumType(DropoutStatusValue, {
  name: 'DropoutStatus',
  description:
    'REGISTERED 登记 → PERSUADING 劝返中 → FLAGGED 学籍标识 → REPORTED 书面报告 → ESCALATED 报县政府; RETURNED 复学',
});

@ObjectType('PersuasionAttempt')
export class PersuasionAttemptModel {
  @Field(() => Int)
  no: number;

  @Field()
  on: string;

  @Field()
  by: string;

  @Field(() => PersuasionMethodValue)
  method: string;

  @Field(() => PersuasionResultValue)
  result: string;

  @Field()
  notes: string;

  @Field({ description: 'The attempt showed that nobody acts as the child’s guardian.' })
  guardianshipConcern: boolean;

  @Field(() => String, { nullable: true, description: 'The mandatory report (四(二)2) it raised.' })
  mandatoryReportId: string | null;
}

@ObjectType('DropoutTransition', { description: 'A change of a case’s status: who, when, why.' })
export class DropoutTransitionModel {
  @Field(() => DropoutStatusValue, { nullable: true })
  from: string | null;

  @Field(() => DropoutStatusValue)
  to: string;

  @Field({ description: 'The day it happened (YYYY-MM-DD).' })
  on: string;

  @Field({ description: 'When it was recorded.' })
  at: Date;

  @Field()
  by: string;

  @Field()
  why: string;
}

@ObjectType('DropoutFlag')
export class DropoutFlagModel {
  @Field()
  on: string;

  @Field()
  by: string;

  @Field()
  note: string;
}

@ObjectType('DropoutReportRecipient')
export class RecipientModel {
  @Field({ description: 'COUNTY_EDUCATION_BUREAU, TOWNSHIP_GOVERNMENT or COUNTY_GOVERNMENT' })
  kind: string;

  @Field()
  name: string;
}

@ObjectType('DropoutWrittenReport')
export class DropoutReportModel {
  @Field()
  submittedOn: string;

  @Field()
  by: string;

  @Field(() => [RecipientModel])
  recipients: RecipientModel[];

  @Field({ description: 'Submitted within the county’s deadline.' })
  onTime: boolean;
}

@ObjectType('DropoutEscalation')
export class DropoutEscalationModel {
  @Field()
  on: string;

  @Field()
  by: string;

  @Field()
  reason: string;

  @Field(() => [String])
  departments: string[];

  @Field(() => RecipientModel)
  recipient: RecipientModel;
}

/** What names a dropout case: its id and its number. */
@ObjectType({ isAbstract: true })
class DropoutCaseKeyModel {
  @Field(() => ID)
  id: string;

  @Field()
  caseNumber: string;
}

@ObjectType('DropoutCase', { description: 'A dropout case (四(二)6 控辍保学).' })
export class DropoutCaseModel extends AtSchool(DropoutCaseKeyModel) {
  @Field({ description: 'Division code of the school.' })
  regionCode: string;

  @Field(() => DropoutStatusValue)
  status: string;

  @Field()
  openedOn: string;

  /** What the school found (a resolved field: DropoutCaseResolver; audited, role-checked). */
  facts: string;

  @Field()
  registeredBy: string;

  @Field(() => [PersuasionAttemptModel])
  attempts: PersuasionAttemptModel[];

  @Field(() => DropoutFlagModel, { nullable: true })
  flag: DropoutFlagModel | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The written report is due by this day (working days: official holidays off, make-up days (调休) worked).',
  })
  reportDueOn: string | null;

  @Field(() => Int, { nullable: true, description: 'The county’s deadline in working days, when flagged.' })
  reportWorkingDays: number | null;

  @Field({ description: 'Flagged, not reported, and past the due date, as of today.' })
  reportOverdue: boolean;

  @Field(() => DropoutReportModel, { nullable: true })
  report: DropoutReportModel | null;

  @Field(() => DropoutEscalationModel, { nullable: true })
  escalation: DropoutEscalationModel | null;

  @Field(() => String, { nullable: true })
  returnedOn: string | null;

  @Field(() => [DropoutTransitionModel], { description: 'Every change of status, oldest first.' })
  transitions: DropoutTransitionModel[];

  @Field(() => String, {
    nullable: true,
    description: 'The mandatory report to the police (四(二)2) it raised.',
  })
  mandatoryReportId: string | null;
}

@ObjectType('DropoutReportDocument', { description: 'The written report as a PDF file.' })
export class DropoutReportDocumentModel {
  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field({ description: 'The PDF, base64-encoded.' })
  base64: string;
}
