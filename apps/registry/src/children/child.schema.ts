import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type {
  ClassificationChange,
  StoredCircumstances,
  StoredClassification,
} from '../classification/circumstances';

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

  /** The village or community of the household (12-digit code). */
  @Prop({ required: true })
  regionCode: string;

  /** Codes from the city down to regionCode: "children under a region" is an equality on one code. */
  @Prop({ type: [String], required: true })
  regionPath: string[];

  @Prop({ required: true })
  registeredAt: Date;

  @Prop({ required: true })
  registeredBy: string;

  /** Goes up with every change; writes compare it so that two edits never silently overwrite. */
  @Prop({ required: true, default: 1 })
  revision: number;

  /** Facts the classification reads (parents, household, health, police records). */
  @Prop({ type: Object })
  circumstances?: StoredCircumstances;

  @Prop({ type: Object })
  classification?: StoredClassification;

  @Prop({ type: [Object], default: [] })
  classificationHistory?: ClassificationChange[];
}

export const ChildSchema = SchemaFactory.createForClass(ChildDocument);
// One child per identity number: registerChild's duplicate check is this index.
ChildSchema.index({ residentIdNumber: 1 }, { unique: true });
// Children under a region: the caseworker's list (equality on one code of the path).
ChildSchema.index({ regionPath: 1 });
// The birthday sweep: left-behind children, whose status ends at 16.
ChildSchema.index({ 'classification.leftBehind': 1 });
// The outbox relay looks for pending events by this flag.
ChildSchema.index({ outboxPending: 1 });
