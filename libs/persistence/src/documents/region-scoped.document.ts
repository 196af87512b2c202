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

/**
 * A document kept in a region and found under any region above it: `regionPath` holds the code and
 * every code above it, so that "the records under region X" is one equality on `regionPath` (what
 * `findInRegion` reads and `moveToRegion` rewrites).
 */
export abstract class RegionScopedDocument extends RegionDocument {
  @Prop({ type: [String], required: true })
  regionPath: string[];
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

/** A document class, abstract or not (what a mixin below extends). */
type DocumentClass = abstract new (...args: any[]) => object;

/**
 * A record that duplicates can be merged into (a provisional child record merged into the child's
 * real one), after the fields of `Base`: `mergedInto` on the merged-away record, `mergedFrom` on the
 * record that took it in.
 */
export function WithMergeLinks<TBase extends DocumentClass>(Base: TBase) {
  abstract class MergeLinked extends Base {
    /** Set on a record merged into another: that record's id. */
    @Prop({ type: String, default: null })
    mergedInto: string | null;

    /** Records merged into this one. */
    @Prop({ type: [String], default: [] })
    mergedFrom: string[];
  }
  return MergeLinked;
}
