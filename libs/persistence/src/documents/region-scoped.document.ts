import { Prop } from '@nestjs/mongoose';

/**
 * Bases for stored document classes. `SchemaFactory.createForClass` collects the `@Prop`s of the
 * whole prototype chain, so a document class that extends one of these stores these fields too.
 */

/** A document keyed by a string id of the service's own making. */
export abstract class KeyedDocument {
  @Prop({ type: String, required: true })
  _id: string;
}

/** A document that belongs to one region (its division code). */
export abstract class RegionDocument extends KeyedDocument {
  @Prop({ required: true })
  regionCode: string;
}

/** A document about one child, kept under the region where the child lives. */
export abstract class ChildRegionDocument extends RegionDocument {
  @Prop({ required: true })
  childId: string;
}

/** A region's version of something in force from `effectiveFrom` until `effectiveTo` (null: open). */
export abstract class RegionPeriodDocument extends RegionDocument {
  @Prop({ required: true })
  effectiveFrom: string;

  @Prop({ type: String, default: null })
  effectiveTo: string | null;
}
