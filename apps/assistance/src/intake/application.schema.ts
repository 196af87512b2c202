import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { ChildRegionDocument } from '@qz/persistence';
import type { ApplicationStatus, PartStatus } from './application.rules';

export interface StepRecord {
  dueOn: string;
  doneOn: string | null;
  by: string | null;
  outcome: string | null;
  note: string | null;
}

export interface ApplicationPart {
  partId: string;
  kind: string;
  department: string;
  request: string;
  status: PartStatus;
  decidedAt: Date | null;
  decidedBy: string | null;
  note: string | null;
  /** The benefit granted when an assistance part was approved. */
  benefitId?: string | null;
  /** What the deciding department granted, in fen, by its rules and from its budget (health). */
  amountFen?: number | null;
  /** The deciding department's own record of the part (a health application, an aid proposal). */
  departmentRecordId?: string | null;
}

export interface ApplicationChange {
  at: Date;
  action: string;
  by: string;
  note: string;
}

/**
 * An application received once at a township window (一门受理), with every part's status in one
 * place (协同办理). The outbox fields carry its unpublished events (parts routed to departments).
 * `regionCode` is where the child lives.
 */
@Schema({ collection: 'applications', versionKey: false })
export class ApplicationDocument extends ChildRegionDocument {
  /** The township whose window received it (any township's window may). */
  @Prop({ required: true })
  townshipCode: string;

  @Prop({ required: true })
  receivedAt: Date;

  @Prop({ required: true })
  receivedOn: string;

  @Prop({ required: true })
  receivedBy: string;

  @Prop({ required: true, maxlength: 50 })
  applicantName: string;

  @Prop({ required: true, maxlength: 20 })
  applicantRelation: string;

  @Prop({ type: String, required: true })
  status: ApplicationStatus;

  @Prop({ type: Object, required: true })
  review: StepRecord;

  @Prop({ type: Object, default: null })
  approval: StepRecord | null;

  @Prop({ type: [Object], required: true })
  parts: ApplicationPart[];

  @Prop({ type: [Object], default: [] })
  history: ApplicationChange[];

  @Prop({ required: true, default: 1 })
  revision: number;
}

export const ApplicationSchema = SchemaFactory.createForClass(ApplicationDocument);
// A child's applications (Child.assistance.applications).
ApplicationSchema.index({ childId: 1 });
// A township window's queue (equality on the township code).
ApplicationSchema.index({ townshipCode: 1 });
// Open steps by status (the overdue list), filtered by region prefix in memory.
ApplicationSchema.index({ status: 1 });
// The outbox relay looks for pending events by this flag.
ApplicationSchema.index({ outboxPending: 1 });
