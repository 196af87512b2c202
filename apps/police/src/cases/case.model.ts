import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CASE_STATUSES } from './case.types';
import {
  MeasureKindValue,
  ReportChannelValue,
  ReporterKindValue,
  SituationTypeValue,
  TemporaryCareOutcomeValue,
} from './case.inputs';

export const CaseStatusValue = Object.fromEntries(CASE_STATUSES.map((s) => [s, s])) as Record<string, string>;
registerEnumType(CaseStatusValue, {
  name: 'CaseStatus',
  description: 'REPORTED → DISPATCHED → TOWNSHIP_NOTIFIED → ASSESSED → CLOSED (四(二)3–4).',
});

/** A report; the reporter's identity and the facts are field-ruled (CaseDetailsResolver). */
@ObjectType()
export class Report {
  @Field(() => ID) id: string;
  @Field(() => SituationTypeValue) situationType: string;
  @Field(() => ReporterKindValue) reporterKind: string;
  @Field(() => ReportChannelValue) channel: string;
  @Field({
    description:
      'What the report came from, one report per source: `visit:<visit id>` a visit that found danger, ' +
      '`event:<event id>` a registry alert, `education-report:<id>` a school’s report, `report:<id>` entered here.',
  })
  sourceKey: string;
  @Field({ description: 'Made by a body that owes the report (四(二)2).' }) mandatory: boolean;
  @Field(() => String, { nullable: true }) childId: string | null;
  @Field(() => String, { nullable: true }) childDescription: string | null;
  @Field() regionCode: string;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field() receivedAt: Date;
  @Field(() => Int) slaMinutes: number;
  @Field() dispatchDueAt: Date;
}

@ObjectType()
export class Dispatch {
  @Field() unit: string;
  @Field() officer: string;
  @Field() dispatchedAt: Date;
  @Field() withinSla: boolean;
}

@ObjectType()
export class Measure {
  @Field(() => ID) id: string;
  @Field(() => MeasureKindValue) kind: string;
  @Field() takenAt: Date;
  @Field() takenBy: string;
  @Field(() => String, { nullable: true }) counterpart: string | null;
  @Field(() => String, { nullable: true }) handoverDocument: string | null;
  @Field(() => TemporaryCareOutcomeValue, { nullable: true }) careOutcome?: string | null;
  @Field() notes: string;
}

@ObjectType()
export class TownshipNotification {
  @Field() townshipCode: string;
  @Field() notifiedAt: Date;
  @Field() contact: string;
  @Field({ description: 'The township’s assessment is due by this day (working days, 四(二)4).' })
  assessmentDueOn: string;
}

@ObjectType({ description: 'One step of a case: who did what, when, and the status it left.' })
export class TimelineStep {
  @Field() at: Date;
  @Field() by: string;
  @Field() action: string;
  @Field(() => CaseStatusValue, { nullable: true }) from: string | null;
  @Field(() => CaseStatusValue) to: string;
  @Field() note: string;
}

/**
 * A case. Its details (the situation, the reports, what police and the township did) are
 * field-ruled in the policy table and resolved by CaseDetailsResolver.
 */
@ObjectType()
export class ProtectionCase {
  @Field(() => ID) id: string;
  @Field(() => CaseStatusValue) status: string;
  @Field(() => String, { nullable: true }) childId: string | null;
  @Field() regionCode: string;
  @Field(() => Int) slaMinutes: number;
  @Field() dispatchDueAt: Date;
  @Field(() => Date, { nullable: true }) escalatedAt: Date | null;
  @Field() openedAt: Date;
}

@ObjectType()
export class DispatchSlaModel {
  @Field(() => SituationTypeValue) situationType: string;
  @Field(() => Int) minutes: number;
  @Field({ description: 'False while the built-in default applies.' }) setByCity: boolean;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => Date, { nullable: true }) setAt: Date | null;
}
