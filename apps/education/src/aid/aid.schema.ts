import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { AID_KINDS, type AidKind } from './aid.rules';

export const AID_STATUSES = ['PROPOSED', 'CONFIRMED', 'REJECTED', 'WITHDRAWN'] as const;
export type AidStatus = (typeof AID_STATUSES)[number];

/**
 * An education aid proposal (四(三)3), made from the registry's categories; the county education
 * bureau confirms or rejects it with a reason. One per child and kind (`_id` = `<childId>:<kind>`),
 * so a redelivered classification proposes nothing twice.
 */
@Schema({ collection: 'aid_proposals', versionKey: false })
export class AidProposalDocument {
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ required: true })
  childId: string;

  @Prop({ type: String, required: true, enum: AID_KINDS })
  kind: AidKind;

  @Prop({ required: true })
  rule: string;

  @Prop({ type: [String], required: true })
  basis: string[];

  @Prop({ type: [String], required: true })
  regionPath: string[];

  @Prop({ type: String, required: true, enum: AID_STATUSES })
  status: AidStatus;

  @Prop({ required: true })
  proposedAt: Date;

  @Prop({ type: Object, default: null })
  decision: { by: string; at: Date; reason: string } | null;

  /** Why a proposal not yet decided was withdrawn (the child's categories changed). */
  @Prop({ type: String, default: null })
  withdrawnReason: string | null;

  /**
   * The part of a one-window application (四(四)1) whose approval confirmed or linked this aid,
   * `<applicationId>:<partId>` (the part's decision names this proposal back); null when none.
   */
  @Prop({ type: String, default: null })
  windowPartId?: string | null;
}

export const AidProposalSchema = SchemaFactory.createForClass(AidProposalDocument);
// A child's proposals (Child.education.aidProposals).
AidProposalSchema.index({ childId: 1 });
// The bureau's list of a region, optionally of one status (AidRepository.inRegion).
AidProposalSchema.index({ regionPath: 1, status: 1 });
