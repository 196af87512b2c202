import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { REPORT_CHANNELS, REPORTER_KINDS, SITUATION_TYPES, TEMPORARY_CARE_OUTCOMES } from '@qz/contracts';
import { IsBoolean, IsDate, IsIn, IsInt, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { MEASURE_KINDS } from './case.types';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const SituationTypeValue = asEnum(SITUATION_TYPES);
registerEnumType(SituationTypeValue, {
  name: 'SituationType',
  description:
    '四(二)2/3: what happened — left alone, missing, guardian lost capacity, guardian refusing the duty (the only type counted for the 6-month revocation ground of 四(二)5), suspected domestic violence, suspected accident or unlawful harm, neglect (no care), dropout, truancy risk, missing entrusted-guardianship agreement.',
});
export const ReporterKindValue = asEnum(REPORTER_KINDS);
registerEnumType(ReporterKindValue, {
  name: 'ReporterKind',
  description: 'Duty-bearers of 四(二)2, the public, or the registry’s alert (events only).',
});
export const ReportChannelValue = asEnum(REPORT_CHANNELS);
registerEnumType(ReportChannelValue, { name: 'ReportChannel' });
export const MeasureKindValue = asEnum(MEASURE_KINDS);
registerEnumType(MeasureKindValue, {
  name: 'MeasureKind',
  description:
    '四(二)3 response measures. TEMPORARY_CARE takes the child into an institution’s temporary care (counterpart: the institution; a written handover); TEMPORARY_CARE_ENDED ends it (counterpart: to whom the child was handed; a written handover; careOutcome).',
});
export const TemporaryCareOutcomeValue = asEnum(TEMPORARY_CARE_OUTCOMES);
registerEnumType(TemporaryCareOutcomeValue, {
  name: 'TemporaryCareOutcome',
  description:
    'Where the child went when temporary care ended: RETURNED_TO_GUARDIAN (parents or guardian), ENTRUSTED_GUARDIAN (a relative or entrusted guardian takes on the care), CIVIL_AFFAIRS_CUSTODY (the minors’ protection centre or a welfare institution; still without family support).',
});

const REGION = /^\d{6}(\d{3}(\d{3})?)?$/;

@InputType()
export class ReceiveReportInput {
  @Field(() => SituationTypeValue) @IsIn(SITUATION_TYPES) situationType: (typeof SITUATION_TYPES)[number];
  @Field(() => ReporterKindValue) @IsIn(REPORTER_KINDS) reporterKind: (typeof REPORTER_KINDS)[number];
  @Field(() => ReportChannelValue) @IsIn(REPORT_CHANNELS) channel: (typeof REPORT_CHANNELS)[number];
  @Field({ nullable: true, description: 'The school, hospital, committee or agency; none for the public.' })
  @IsOptional()
  @MaxLength(100)
  reporterOrganisation?: string;
  @Field({
    nullable: true,
    description: 'The reporting person; required unless the report is anonymous (then never given).',
  })
  @IsOptional()
  @MaxLength(50)
  reporterName?: string;
  @Field({
    nullable: true,
    description:
      'A member of the public who does not say who they are (四(二)2): no name or phone is taken or stored.',
  })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[0-9+\- ]{3,20}$/, { message: 'reporterPhone is a phone number' })
  reporterPhone?: string;
  @Field(() => ID, { nullable: true, description: 'The registry child, when known.' })
  @IsOptional()
  @MaxLength(64)
  childId?: string;
  @Field({ nullable: true, description: 'An unidentified child: age, looks, clothes.' })
  @IsOptional()
  @MaxLength(500)
  childDescription?: string;
  @Field({ description: 'Division code where the child is (6, 9 or 12 digits).' })
  @Matches(REGION, { message: 'regionCode is a 6-, 9- or 12-digit division code' })
  regionCode: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(200) address?: string;
  @Field() @IsNotEmpty() @MaxLength(2000) facts: string;
  @Field({ nullable: true, description: 'When the report came in; now if not given.' })
  @IsOptional()
  @IsDate()
  receivedAt?: Date;
}

@InputType()
export class DispatchCaseInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) caseId: string;
  @Field({ description: 'The station or unit sent out.' }) @IsNotEmpty() @MaxLength(100) unit: string;
  @Field() @IsNotEmpty() @MaxLength(50) officer: string;
  @Field({ nullable: true }) @IsOptional() @IsDate() dispatchedAt?: Date;
}

@InputType()
export class RecordMeasureInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) caseId: string;
  @Field(() => MeasureKindValue) @IsIn(MEASURE_KINDS) kind: (typeof MEASURE_KINDS)[number];
  @Field({ nullable: true }) @IsOptional() @IsDate() takenAt?: Date;
  @Field({
    nullable: true,
    description: 'The entrusted guardian, institution, shelter, or criminal case number the measure names.',
  })
  @IsOptional()
  @MaxLength(200)
  counterpart?: string;
  @Field({ nullable: true, description: 'The written handover (temporary care, and its end).' })
  @IsOptional()
  @MaxLength(200)
  handoverDocument?: string;
  @Field(() => TemporaryCareOutcomeValue, {
    nullable: true,
    description: 'Where the child went (TEMPORARY_CARE_ENDED only; required there).',
  })
  @IsOptional()
  @IsIn(TEMPORARY_CARE_OUTCOMES)
  careOutcome?: (typeof TEMPORARY_CARE_OUTCOMES)[number];
  @Field() @IsNotEmpty() @MaxLength(2000) notes: string;
}

@InputType()
export class NotifyTownshipInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) caseId: string;
  @Field({ nullable: true, description: "9-digit code; defaults to the case region's township." })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'townshipCode is a 9-digit township code' })
  townshipCode?: string;
  @Field({ description: 'Who at the township government took the notification.' })
  @IsNotEmpty()
  @MaxLength(100)
  contact: string;
  @Field({ nullable: true }) @IsOptional() @IsDate() notifiedAt?: Date;
}

@InputType()
export class SetDispatchSlaInput {
  @Field(() => SituationTypeValue) @IsIn(SITUATION_TYPES) situationType: (typeof SITUATION_TYPES)[number];
  @Field(() => Int) @IsInt() minutes: number;
  @Field() @IsNotEmpty() @MaxLength(500) reason: string;
}
