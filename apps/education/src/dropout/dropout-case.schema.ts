import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { RegionScopedDocument } from '@qz/persistence';
import { DROPOUT_STATUSES, type DropoutStatus } from './dropout-case.rules';

export type PersuasionResult = 'RETURNED' | 'REFUSED' | 'NOT_REACHED';
export type PersuasionMethod = 'HOME_VISIT' | 'PHONE' | 'MEETING_AT_SCHOOL' | 'WITH_VILLAGE_COMMITTEE';

export interface StoredAttempt {
  no: number;
  on: string;
  by: string;
  method: PersuasionMethod;
  result: PersuasionResult;
  notes: string;
  /** The attempt showed missing guardianship (监护缺失). */
  guardianshipConcern?: boolean;
  /** The mandatory report (四(二)2) that showing raised. */
  mandatoryReportId?: string | null;
}

export interface StoredTransition {
  from: DropoutStatus | null;
  to: DropoutStatus;
  /** The day it happened (China time) and when it was recorded. */
  on: string;
  at: Date;
  by: string;
  why: string;
}

export interface StoredRecipient {
  kind: 'COUNTY_EDUCATION_BUREAU' | 'TOWNSHIP_GOVERNMENT' | 'COUNTY_GOVERNMENT';
  name: string;
}

/**
 * A dropout case (四(二)6) of one child at one school (the case's region is the school's), with every persuasion attempt and every
 * change of status (who, when, why). `openKey` is the child's id while the case is open, so a
 * second open case of the same child hits the unique index.
 */
@Schema({ collection: 'dropout_cases', versionKey: false })
export class DropoutCaseDocument extends RegionScopedDocument {
  @Prop({ required: true })
  caseNumber: string;

  @Prop({ required: true })
  childId: string;

  @Prop({ required: true })
  schoolId: string;

  @Prop({ type: String, required: true, enum: DROPOUT_STATUSES })
  status: DropoutStatus;

  @Prop({ required: true })
  openKey: string;

  /** The day the school found the child had dropped out. */
  @Prop({ required: true })
  openedOn: string;

  @Prop({ required: true, maxlength: 2000 })
  facts: string;

  @Prop({ required: true })
  registeredBy: string;

  @Prop({ type: [Object], default: [] })
  attempts: StoredAttempt[];

  @Prop({ type: Object, default: null })
  flag: { on: string; by: string; note: string } | null;

  @Prop({ type: String, default: null })
  reportDueOn: string | null;

  @Prop({ type: Number, default: null })
  reportWorkingDays: number | null;

  @Prop({ type: Object, default: null })
  report: { submittedOn: string; by: string; recipients: StoredRecipient[]; onTime: boolean } | null;

  @Prop({ type: Object, default: null })
  escalation: {
    on: string;
    by: string;
    reason: string;
    departments: string[];
    recipient: StoredRecipient;
  } | null;

  @Prop({ type: String, default: null })
  returnedOn: string | null;

  @Prop({ type: [Object], default: [] })
  transitions: StoredTransition[];

  /** The mandatory report (四(二)2) registering this case raised, for a left-behind child or a child in difficulty. */
  @Prop({ type: String, default: null })
  mandatoryReportId: string | null;

  @Prop({ required: true, default: 1 })
  revision: number;
}

export const DropoutCaseSchema = SchemaFactory.createForClass(DropoutCaseDocument);
// One open case per child (registerDropout's duplicate check).
DropoutCaseSchema.index({ openKey: 1 }, { unique: true });
// A child's cases (Child.education.dropoutCases).
DropoutCaseSchema.index({ childId: 1 });
// A school's cases.
DropoutCaseSchema.index({ schoolId: 1 });
// A region's cases (and below), by status: the bureau's lists of open, overdue and escalated cases.
DropoutCaseSchema.index({ regionPath: 1, status: 1 });
// The outbox relay looks for pending events by this flag.
DropoutCaseSchema.index({ outboxPending: 1 });
