import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import {
  PLAN_ITEM_DEPARTMENTS,
  PLAN_SERVICES,
  type PlanItemDepartment,
  type PlanItemOutcome,
  type PlanService,
} from '@qz/contracts';
import { RegionScopedDocument } from '@qz/persistence';

export const PLAN_ITEM_STATUSES = ['OPEN', 'COMPLETED'] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];

/** How the department ended the item; sent back to police as `<service>.plan-item.completed.v1`. */
export interface PlanItemCompletion {
  completedOn: string;
  outcome: PlanItemOutcome;
  note: string;
  completedBy: string;
  onTime: boolean;
  /** The person who recorded it. */
  recordedBy: string;
  recordedAt: Date;
}

/**
 * One item of a township assessment's plan (四(二)4) that police assigned to this department
 * (police.plan-item.assigned): kept in the department's queue until its staff complete it.
 * The id is police's item id, so a redelivered assignment stores nothing twice. Its region is the
 * case's (the child's village, or where it was found); a region's queue is one equality on
 * `regionPath`.
 */
@Schema({ collection: 'plan_items', versionKey: false })
export class PlanItemDocument extends RegionScopedDocument {
  @Prop({ type: String, required: true }) caseId: string;
  @Prop({ type: String, default: null }) childId: string | null;
  @Prop({ type: String, required: true, enum: PLAN_SERVICES }) service: PlanService;
  @Prop({ type: String, required: true, enum: PLAN_ITEM_DEPARTMENTS }) department: PlanItemDepartment;
  @Prop({ type: String, required: true }) description: string;
  /** YYYY-MM-DD, as the township set it; null when it set none. */
  @Prop({ type: String, default: null }) dueOn: string | null;
  /** The day the assessment assigned it (China time). */
  @Prop({ type: String, required: true }) assignedOn: string;
  @Prop({ type: String, required: true }) assignedEventId: string;
  @Prop({ type: String, required: true, enum: PLAN_ITEM_STATUSES }) status: PlanItemStatus;
  @Prop({ type: Object, default: null }) completion: PlanItemCompletion | null;
}

export const PlanItemSchema = SchemaFactory.createForClass(PlanItemDocument);
// A region's queue by status, in assignment order (ids are police's time-ordered ids).
PlanItemSchema.index({ regionPath: 1, status: 1, _id: 1 });
// A moved child's open items (PlanItemRepository.moveChild).
PlanItemSchema.index({ childId: 1 });
// The outbox relay looks for pending completions by this flag.
PlanItemSchema.index({ outboxPending: 1 });
