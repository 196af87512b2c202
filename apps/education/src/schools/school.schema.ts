import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { RegionScopedDocument } from '@qz/persistence';

export const SCHOOL_LEVELS = [
  'PRE_SCHOOL',
  'PRIMARY',
  'JUNIOR_SECONDARY',
  'SENIOR_SECONDARY',
  'SECONDARY_VOCATIONAL',
  'SPECIAL_EDUCATION',
] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

/**
 * A school (or kindergarten) of a region (where the school is, usually its township), which enrols
 * children and owes the reports of 四(二).
 */
@Schema({ collection: 'schools', versionKey: false })
export class SchoolDocument extends RegionScopedDocument {
  @Prop({ required: true, maxlength: 100 })
  name: string;

  @Prop({ type: String, required: true, enum: SCHOOL_LEVELS })
  level: SchoolLevel;

  /** The region and the name: one school of a name per region. */
  @Prop({ required: true })
  nameKey: string;

  @Prop({ required: true })
  createdAt: Date;

  @Prop({ required: true })
  createdBy: string;
}

export const SchoolSchema = SchemaFactory.createForClass(SchoolDocument);
// createSchool's duplicate check.
SchoolSchema.index({ nameKey: 1 }, { unique: true });
// schools(regionCode): the schools of a region and everything below it.
SchoolSchema.index({ regionPath: 1 });
