import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * The registry's latest categories of a child (三), from `registry.child.classified.v1`: whether a
 * dropout or an absence risk is also a mandatory report (四(二)2), and what aid to propose (四(三)3).
 */
@Schema({ collection: 'child_categories', versionKey: false })
export class ChildCategoriesDocument {
  /** The registry's child id. */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: [String], default: [] })
  categories: string[];

  @Prop({ required: true })
  leftBehind: boolean;

  @Prop({ required: true })
  inDifficulty: boolean;

  @Prop({ required: true })
  protectedAsChildInDifficulty: boolean;

  /** When the registry classified the child (the event's time). */
  @Prop({ required: true })
  classifiedAt: Date;

  @Prop({ type: [String], default: [] })
  appliedEventIds: string[];
}

export const ChildCategoriesSchema = SchemaFactory.createForClass(ChildCategoriesDocument);
