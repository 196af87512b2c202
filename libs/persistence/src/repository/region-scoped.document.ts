import { Prop } from '@nestjs/mongoose';

/**
 * The region fields of a record kept in a region: its division code, and `regionPath`, that code
 * and every code above it, so that "the records under region X" is one equality on `regionPath`
 * (what `findInRegion` reads and `moveToRegion` rewrites). A document class extends this one:
 * `SchemaFactory.createForClass` collects the `@Prop()`s of the class and its ancestors, so the
 * collection's schema requires both fields.
 */
export abstract class RegionScopedDocument {
  @Prop({ type: String, required: true })
  regionCode: string;

  @Prop({ type: [String], required: true })
  regionPath: string[];
}
