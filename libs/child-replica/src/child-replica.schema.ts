import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { KeyedDocument, WithMergeLinks } from '@qz/persistence';
import type { Stamp } from './child-replica.rules';

/**
 * What a department's service keeps of a registry child (keyed by the registry's child id), built from the registry's events
 * (registered, updated, classified, merged): names, birth date and region for its rules and its
 * region checks, and the child's categories. Never edited by hand. Each part remembers the
 * registry's revision it came from, so an event arriving late never overwrites a newer state.
 */
@Schema({ collection: 'child_replicas', versionKey: false })
export class ChildReplicaDocument extends WithMergeLinks(KeyedDocument) {
  // The record: set by ChildRegistered and ChildUpdated (absent while only a classification
  // arrived: such a child is not known yet to the readers).
  @Prop({ type: String, default: null })
  familyName: string | null;

  @Prop({ type: String, default: null })
  givenName: string | null;

  @Prop({ type: String, default: null })
  sex: string | null;

  /** YYYY-MM-DD */
  @Prop({ type: String, default: null })
  birthDate: string | null;

  /** Where the child lives now (village code); the region checks read it. */
  @Prop({ type: String, default: null })
  regionCode: string | null;

  /** Codes from the province down to regionCode: children under a region is equality on one code. */
  @Prop({ type: [String], default: [] })
  regionPath: string[];

  @Prop({ type: Object, default: null })
  recordStamp: Stamp | null;

  /** When the registry registered the child. */
  @Prop({ type: Date, default: null })
  registeredAt: Date | null;

  /** When this service learned of the child. */
  @Prop({ type: Date, default: null })
  knownSince: Date | null;

  // The categories (三), from ChildClassified (and a merge).
  @Prop({ type: [String], default: [] })
  categories: string[];

  @Prop({ type: Boolean, default: false })
  leftBehind: boolean;

  @Prop({ type: Boolean, default: false })
  inDifficulty: boolean;

  @Prop({ type: Boolean, default: false })
  protectedAsChildInDifficulty: boolean;

  @Prop({ type: Object, default: null })
  categoriesStamp: Stamp | null;

  /** The event the categories came from, and its reason. */
  @Prop({ type: String, default: null })
  categoriesEventId: string | null;

  @Prop({ type: String, default: null })
  categoriesReason: string | null;

  @Prop({ type: [String], default: [] })
  appliedEventIds: string[];
}

export const ChildReplicaSchema = SchemaFactory.createForClass(ChildReplicaDocument);
// A department's children under a region, merged-away records left out (equality on one code of
// the path and on mergedInto: ChildReplicaRepository.findIn).
ChildReplicaSchema.index({ regionPath: 1, mergedInto: 1 });
ChildReplicaSchema.index({ regionCode: 1 });
// Children of a region born within a range, a page at a time in id order (education's list of
// school-age children without enrolment, 四(二)6: ChildReplicaRepository.bornBetweenIn).
ChildReplicaSchema.index({ regionPath: 1, mergedInto: 1, _id: 1, birthDate: 1 });
