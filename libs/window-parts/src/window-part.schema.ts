import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { APPLICATION_PART_KINDS, WINDOW_PART_DEPARTMENTS, type WindowPartDepartment } from '@qz/contracts';
import { RegionScopedDocument } from '@qz/persistence';

export const WINDOW_PART_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type WindowPartStatus = (typeof WINDOW_PART_STATUSES)[number];

/** What the department's rules found when the part arrived (and again when an officer approves). */
export interface WindowPartAssessment {
  eligible: boolean;
  /** The rule of the policy applied. */
  rule: string;
  /** Why: the ground found, or the reason of a refusal, in words the family is given. */
  note: string;
  assessedOn: string;
}

export interface WindowPartDecision {
  approved: boolean;
  note: string;
  rule: string;
  decidedOn: string;
  /** `<DEPARTMENT>:<person id>`, or `<DEPARTMENT>:rules` when the rules refused it on arrival. */
  decidedBy: string;
  automatic: boolean;
  decidedAt: Date;
  /** What the department granted, in fen, by its own rules and from its budget (absent: no amount). */
  amountFen?: number | null;
  /** The department's own record the approved part became or was linked to. */
  recordId?: string | null;
}

/**
 * A part of a one-window application (四(四)1) that assistance routed to this service's department
 * (assistance.application-part.routed): assessed with the department's own rules on arrival, then
 * decided by its officer (or refused by the rules at once); the decision goes back to assistance.
 * The id is `<applicationId>:<partId>`, so a redelivered routing stores nothing twice. Its region
 * is where the child lives, and follows the child when it moves (a queue is one equality on
 * `regionPath`).
 */
@Schema({ collection: 'window_parts', versionKey: false })
export class WindowPartDocument extends RegionScopedDocument {
  @Prop({ type: String, required: true }) applicationId: string;
  @Prop({ type: String, required: true }) partId: string;
  @Prop({ type: String, required: true }) childId: string;
  @Prop({ type: String, required: true, enum: WINDOW_PART_DEPARTMENTS }) department: WindowPartDepartment;
  @Prop({ type: String, required: true, enum: APPLICATION_PART_KINDS }) kind: string;
  @Prop({ type: String, required: true }) request: string;
  @Prop({ type: String, required: true }) routedEventId: string;
  @Prop({ type: String, required: true }) townshipCode: string;
  @Prop({ type: String, required: true }) receivedOn: string;
  @Prop({ type: String, required: true, enum: WINDOW_PART_STATUSES }) status: WindowPartStatus;
  @Prop({ type: Object, required: true }) assessment: WindowPartAssessment;
  @Prop({ type: Object, default: null }) decision: WindowPartDecision | null;
}

export const WindowPartSchema = SchemaFactory.createForClass(WindowPartDocument);
// A region's queue by status, in arrival order.
WindowPartSchema.index({ regionPath: 1, status: 1, _id: 1 });
// A moved child's parts.
WindowPartSchema.index({ childId: 1 });
// The outbox relay looks for pending decisions by this flag.
WindowPartSchema.index({ outboxPending: 1 });
