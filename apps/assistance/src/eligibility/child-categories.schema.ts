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

  @Prop({ type: [String], default: [] })
  appliedEventIds: string[];
}

export const ChildCategoriesSchema = SchemaFactory.createForClass(ChildCategoriesDocument);
