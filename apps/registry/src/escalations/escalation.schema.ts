import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { RegionScopedDocument } from '@qz/persistence';
import type { EscalationParty } from './escalation.rules';

export interface Acknowledgement {
  party: EscalationParty;
  by: string;
  byName: string | null;
  at: Date;
  note: string;
}

/**
 * Something another department did not do in time, put before the coordinator and the township
 * until each acknowledges it (issue 15): today police's first response not dispatched within its
 * SLA (police.dispatch.overdue). `_id` is the event's id (time-ordered: the queue's order and
 * cursor); one entry per case and kind (unique), so a redelivered or repeated event adds nothing.
 * Its region is the case's: "the county's queue" is one equality on `regionPath`.
 */
@Schema({ collection: 'escalations', versionKey: false })
export class EscalationDocument extends RegionScopedDocument {
  @Prop({ type: String, required: true, enum: ['DISPATCH_OVERDUE'] }) kind: 'DISPATCH_OVERDUE';
  @Prop({ required: true }) caseId: string;
  @Prop({ required: true }) situationType: string;
  @Prop({ type: String, default: null }) childId: string | null;
  @Prop({ required: true }) receivedAt: Date;
  @Prop({ required: true }) dispatchDueAt: Date;
  @Prop({ required: true }) slaMinutes: number;
  @Prop({ required: true }) minutesOverdue: number;
  @Prop({ required: true }) detectedAt: Date;
  @Prop({ required: true }) raisedAt: Date;
  @Prop({ required: true }) awaitingCoordinator: boolean;
  @Prop({ required: true }) awaitingTownship: boolean;
  @Prop({ type: [Object], default: [] }) acknowledgements: Acknowledgement[];
}

export const EscalationSchema = SchemaFactory.createForClass(EscalationDocument);
// One entry per case and kind: the consumer's insert is refused for a second event of the case.
EscalationSchema.index({ kind: 1, caseId: 1 }, { unique: true });
// Each party's queue: awaiting that party, in a region's subtree, in the order raised (ids are
// time-ordered). One array (regionPath) per index.
EscalationSchema.index({ awaitingCoordinator: 1, regionPath: 1, _id: 1 });
EscalationSchema.index({ awaitingTownship: 1, regionPath: 1, _id: 1 });
