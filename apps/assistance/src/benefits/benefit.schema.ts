import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { ChildRegionDocument } from '@qz/persistence';
import type { AssistanceProgramme } from '@qz/contracts';
import type { BenefitStatus } from './benefit.rules';

/** One change of a benefit, appended, never rewritten. */
export interface BenefitChange {
  at: Date;
  action: 'grant' | 'suspend' | 'resume' | 'end' | 'change';
  status: BenefitStatus;
  monthlyAmountFen: number;
  endDate: string | null;
  effectiveDate: string;
  reason: string;
  by: string;
}

/** A child's benefit from one programme. The outbox fields carry its unpublished events. */
@Schema({ collection: 'benefits', versionKey: false })
export class BenefitDocument extends ChildRegionDocument {
  @Prop({ type: String, required: true })
  programme: AssistanceProgramme;

  @Prop({ type: String, required: true, enum: ['ACTIVE', 'SUSPENDED', 'ENDED'] })
  status: BenefitStatus;

  /** Integer fen. */
  @Prop({ required: true, min: 0 })
  monthlyAmountFen: number;

  @Prop({ required: true })
  startDate: string;

  /** Last day paid; null while open-ended. */
  @Prop({ type: String, default: null })
  endDate: string | null;

  /** The eligibility proposal this benefit was granted from, if any. */
  @Prop({ type: String, default: null })
  proposalId: string | null;

  @Prop({ required: true, maxlength: 500 })
  reason: string;

  @Prop({ required: true })
  grantedAt: Date;

  @Prop({ required: true })
  grantedBy: string;

  @Prop({ type: [Object], default: [] })
  history: BenefitChange[];

  /** Goes up with every change; writes compare it so that two edits never silently overwrite. */
  @Prop({ required: true, default: 1 })
  revision: number;
}

export const BenefitSchema = SchemaFactory.createForClass(BenefitDocument);
// A child's benefits (the graph's Child.assistance.benefits, the overlap check).
BenefitSchema.index({ childId: 1 });
// The payment roll of a region: benefits by status, filtered by region prefix in memory.
BenefitSchema.index({ status: 1 });
// The outbox relay looks for pending events by this flag.
BenefitSchema.index({ outboxPending: 1 });
