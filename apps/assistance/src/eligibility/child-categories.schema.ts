import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** A child's categories (三) as the registry last announced them; kept from its events, never edited. */
@Schema({ collection: 'child_categories', versionKey: false })
export class ChildCategoriesDocument {
  /** The registry's child id. */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ required: true })
  regionCode: string;

  @Prop({ type: [String], default: [] })
  categories: string[];

  @Prop({ required: true })
  classifiedAt: Date;

  /** The ChildClassified event the categories came from, and its reason. */
  @Prop({ required: true })
  eventId: string;

  @Prop({ required: true })
  reason: string;

  /**
   * The classification arrived before the child's registration (another topic): proposals wait
   * for the child, and the eligibility sweep makes them once it is known.
   */
  @Prop({ required: true, default: false })
  awaitingChild: boolean;

  @Prop({ type: [String], default: [] })
  appliedEventIds: string[];
}

export const ChildCategoriesSchema = SchemaFactory.createForClass(ChildCategoriesDocument);
// The eligibility sweep's work list.
ChildCategoriesSchema.index({ awaitingChild: 1 });
