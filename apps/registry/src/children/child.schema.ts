import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

export type Sex = 'MALE' | 'FEMALE';

/** A child in the ledger (信息台账). The outbox fields carry this child's unpublished events. */
@Schema({ collection: 'children', versionKey: false })
export class ChildDocument {
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ required: true, maxlength: 50 })
  familyName: string;

  @Prop({ required: true, maxlength: 50 })
  givenName: string;

  @Prop({ type: String, required: true, enum: ['MALE', 'FEMALE'] })
  sex: Sex;

  /** YYYY-MM-DD */
  @Prop({ required: true })
  birthDate: string;

  @Prop({ required: true })
  residentIdNumber: string;

  @Prop({ required: true })
  regionCode: string;

  @Prop({ required: true })
  registeredAt: Date;

  @Prop({ required: true })
  registeredBy: string;

  @Prop({ required: true, default: 1 })
  revision: number;
}

export const ChildSchema = SchemaFactory.createForClass(ChildDocument);
// One child per identity number: registerChild's duplicate check is this index.
ChildSchema.index({ residentIdNumber: 1 }, { unique: true });
// Children of a region: the caseworker's list (equality on the region code).
ChildSchema.index({ regionCode: 1 });
// The outbox relay looks for pending events by this flag.
ChildSchema.index({ outboxPending: 1 });
