import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { ChildRegionDocument } from '@qz/persistence';
import type { AssistanceProgramme } from '@qz/contracts';

export type ProposalStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED' | 'WITHDRAWN';

/**
 * A programme the child qualifies for, proposed from a registry event with the rule that matched;
 * a caseworker accepts it (granting a benefit) or rejects it with a reason. Withdrawn by the system
 * when a later classification no longer matches. `_id` is `<event id>:<programme>`: a redelivered
 * event proposes nothing twice.
 */
@Schema({ collection: 'proposals', versionKey: false })
export class ProposalDocument extends ChildRegionDocument {
  @Prop({ type: String, required: true })
  programme: AssistanceProgramme;

  @Prop({ required: true })
  rule: string;

  @Prop({ type: String, required: true, enum: ['PENDING', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'] })
  status: ProposalStatus;

  @Prop({ required: true })
  proposedAt: Date;

  /** The registry event that led to it. */
  @Prop({ required: true })
  sourceEventId: string;

  @Prop({ type: Date, default: null })
  decidedAt: Date | null;

  @Prop({ type: String, default: null })
  decidedBy: string | null;

  @Prop({ type: String, default: null })
  decisionReason: string | null;

  @Prop({ type: String, default: null })
  benefitId: string | null;
}

export const ProposalSchema = SchemaFactory.createForClass(ProposalDocument);
// A child's proposals (Child.assistance.proposals, and the check for an open one).
ProposalSchema.index({ childId: 1 });
// The caseworker's queue: proposals by status, filtered by region prefix in memory.
ProposalSchema.index({ status: 1 });
