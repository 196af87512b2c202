import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { CustodyMeasure, StoredDetaineeChild } from './detention.types';

/**
 * 四(一)2: a person police detained (administrative or criminal detention, another coercive
 * measure), asked whether they have minor children needing care, and who cares for each. The
 * person is named only by the decision's reference: their identity stays in the police case file.
 */
@Schema({ collection: 'detained_parents', versionKey: false })
export class DetainedParentDocument {
  @Prop({ type: String, required: true }) _id: string;
  @Prop({ type: String, required: true }) measure: CustodyMeasure;
  /** The detention decision's document number (决定书文号). */
  @Prop({ required: true }) decisionReference: string;
  @Prop({ required: true }) detainedAt: Date;
  /** Where the person was detained (the deciding station's region). */
  @Prop({ required: true }) regionCode: string;
  @Prop({ required: true }) hasMinorChildren: boolean;
  @Prop({ type: [Object], default: [] }) children: StoredDetaineeChild[];
  /** Each child's region with an open care task, and every region above it (civil affairs' queue). */
  @Prop({ type: [String], default: [] }) openTaskRegions: string[];
  @Prop({ required: true }) recordedBy: string;
  @Prop({ required: true }) recordedAt: Date;
  @Prop({ required: true, default: 1 }) revision: number;
}

export const DetainedParentSchema = SchemaFactory.createForClass(DetainedParentDocument);
DetainedParentSchema.index({ openTaskRegions: 1 });
