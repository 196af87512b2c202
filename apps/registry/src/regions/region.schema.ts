import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

export type RegionLevel = 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

/** A node of the administrative tree, keyed by its division code (GB/T 2260, 12-digit village codes). */
@Schema({ collection: 'regions', versionKey: false })
export class RegionDocument {
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ required: true, maxlength: 64 })
  name: string;

  @Prop({ type: String, required: true, enum: ['CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'] })
  level: RegionLevel;

  @Prop({ type: String, default: null })
  parentCode: string | null;

  /** Codes from the city down to this region itself: a subtree query is an equality on one code. */
  @Prop({ type: [String], required: true })
  path: string[];
}

export const RegionSchema = SchemaFactory.createForClass(RegionDocument);
RegionSchema.index({ parentCode: 1 });
// A region's subtree in code order (RegionRepository.findSubtree: equality on one code of the
// path, then `_id`); a level asked for is checked on the subtree's entries.
RegionSchema.index({ path: 1, _id: 1 });
