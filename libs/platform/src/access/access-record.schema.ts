import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * What one request of a person read (or changed) of children's records in this service, kept until
 * the outbox relay has published it to the access log (the registry's). Written once, never
 * updated but for the relay's outbox flags. A change's record is reserved before the change runs
 * (`pending: true`, no event, removed once the final records are written): one still pending is
 * the trace of a change whose final record could not be written.
 */
@Schema({ collection: 'access_records', versionKey: false, strict: false })
export class AccessRecordDocument {
  @Prop({ type: String, required: true })
  _id: string;

  /** Every child the request read or changed (a page of children is one record). */
  @Prop({ type: [String], required: true })
  childIds: string[];

  @Prop({ type: String, required: true, enum: ['READ', 'CHANGE'] })
  action: 'READ' | 'CHANGE';

  @Prop({ type: [{ _id: false, childId: String, fields: [String] }], required: true })
  children: { childId: string; fields: string[] }[];

  @Prop({ type: String, required: true })
  operation: string;

  @Prop({ type: String, required: true })
  userId: string;

  @Prop({ type: String, default: null })
  purpose: string | null;

  @Prop({ type: Date, required: true })
  at: Date;
}

export const AccessRecordSchema = SchemaFactory.createForClass(AccessRecordDocument);
// The outbox relay looks for pending events by this flag.
AccessRecordSchema.index({ outboxPending: 1 });
// The leftover sweep looks for reservations still pending, oldest first.
AccessRecordSchema.index({ pending: 1, leftover: 1, at: 1 });
