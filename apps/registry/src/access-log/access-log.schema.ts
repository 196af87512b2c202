import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * One entry of the access log (issue 8 §4): who read which sensitive fields of a child, or changed
 * the child's records, in which service, when and why. Append-only: written once from the
 * AccessRecorded event (its id is the `_id`, so a redelivery writes nothing), never updated or
 * deleted; no code path of the service does either (access-log.schema.spec.ts checks the graph).
 */
@Schema({ collection: 'access_log', versionKey: false })
export class AccessLogDocument {
  /** The AccessRecorded event's id. */
  @Prop({ type: String, required: true }) _id: string;
  @Prop({ required: true }) childId: string;
  @Prop({ type: String, required: true, enum: ['READ', 'CHANGE'] }) action: 'READ' | 'CHANGE';
  @Prop({ type: [String], required: true }) fields: string[];
  @Prop({ required: true }) operation: string;
  /** The service the access happened in. */
  @Prop({ required: true }) service: string;
  @Prop({ required: true }) userId: string;
  @Prop({ type: String, default: null }) userName: string | null;
  @Prop({ required: true }) department: string;
  @Prop({ type: [String], required: true }) roles: string[];
  /** The region the person works in. */
  @Prop({ required: true }) userRegionCode: string;
  @Prop({ type: String, default: null }) purpose: string | null;
  @Prop({ required: true }) requestId: string;
  @Prop({ required: true }) at: Date;
  /** When the registry wrote it. */
  @Prop({ required: true }) loggedAt: Date;
}

export const AccessLogSchema = SchemaFactory.createForClass(AccessLogDocument);
// A child's log, newest first (childAccessLog): equality on childId, then the time-ordered ids.
AccessLogSchema.index({ childId: 1, _id: -1 });
