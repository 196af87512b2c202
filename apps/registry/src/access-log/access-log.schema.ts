import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** A child an entry names, with the fields read (`Type.field`) or input fields changed. */
export interface AccessedChild {
  childId: string;
  fields: string[];
}

/**
 * One entry of the access log (issue 8 §4): who read which sensitive fields of children, or changed
 * their records, in one request of a service, when and why (issue 13: a page of children is one
 * entry naming each child, found by any of them). Append-only: written once from the
 * AccessRecorded event (its id is the `_id`, so a redelivery writes nothing), never updated or
 * deleted; no code path of the service does either (access-log.schema.spec.ts checks the graph).
 * Entries written before issue 13 name one child in `childId` and `fields` instead.
 */
@Schema({ collection: 'access_log', versionKey: false })
export class AccessLogDocument {
  /** The AccessRecorded event's id. */
  @Prop({ type: String, required: true }) _id: string;
  /** Every child of the entry (equality on one element finds a child's entries). */
  @Prop({ type: [String], required: true }) childIds: string[];
  @Prop({ type: [{ _id: false, childId: String, fields: [String] }], required: true })
  children: AccessedChild[];
  @Prop({ type: String, required: true, enum: ['READ', 'CHANGE'] }) action: 'READ' | 'CHANGE';
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
// A child's log, newest first (childAccessLog): equality on a child id, then the time-ordered ids.
AccessLogSchema.index({ childIds: 1, _id: -1 });
// Entries written before one entry named many children carry a single `childId`; childAccessLog
// still lists them (and counts them) by that field, newest first.
AccessLogSchema.index({ childId: 1, _id: -1 });
