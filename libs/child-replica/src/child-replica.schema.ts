import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * What a department's service keeps of a registry child, built from the registry's events: enough
 * to check ages and regions and to name the child in its own documents. Never edited by hand.
 */
@Schema({ collection: 'child_replicas', versionKey: false })
export class ChildReplicaDocument {
  /** The registry's child id. */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ required: true })
  familyName: string;

  @Prop({ required: true })
  givenName: string;

  @Prop({ required: true })
  sex: string;

  /** YYYY-MM-DD */
  @Prop({ required: true })
  birthDate: string;

  @Prop({ required: true })
  regionCode: string;

  /** When the registry registered the child. */
  @Prop({ required: true })
  registeredAt: Date;

  /** When this service learned of the child. */
  @Prop({ required: true })
  knownSince: Date;

  @Prop({ type: [String], default: [] })
  appliedEventIds: string[];
}

export const ChildReplicaSchema = SchemaFactory.createForClass(ChildReplicaDocument);
// A department's children by region (equality on the region code).
ChildReplicaSchema.index({ regionCode: 1 });
