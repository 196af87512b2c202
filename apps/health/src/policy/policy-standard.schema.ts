import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { RegionPeriodDocument } from '@qz/persistence';
import type { StandardKind } from './policy.rules';

/**
 * One version of one policy standard. Never updated: a change is a new version (who, when, why),
 * so the audit trail is the collection itself, and a decision names the version it used.
 */
@Schema({ collection: 'policy_standards', versionKey: false })
export class PolicyStandardDocument extends RegionPeriodDocument {
  @Prop({ type: String, required: true })
  kind: StandardKind;

  @Prop({ required: true, maxlength: 40 })
  subject: string;

  @Prop({ required: true })
  version: number;

  @Prop({ type: Number, default: null })
  amountFen: number | null;

  @Prop({ type: Number, default: null })
  ratioBp: number | null;

  @Prop({ type: Number, default: null })
  capFen: number | null;

  @Prop({ required: true, maxlength: 500 })
  reason: string;

  @Prop({ required: true })
  setBy: string;

  @Prop({ required: true })
  setAt: Date;
}

export const PolicyStandardSchema = SchemaFactory.createForClass(PolicyStandardDocument);
// The standards of one kind and subject (every computation looks them up by equality on both).
PolicyStandardSchema.index({ kind: 1, subject: 1 });
// One document per version: two officers setting the same version at once cannot both succeed.
PolicyStandardSchema.index(
  { kind: 1, subject: 1, regionCode: 1, effectiveFrom: 1, version: 1 },
  { unique: true },
);
