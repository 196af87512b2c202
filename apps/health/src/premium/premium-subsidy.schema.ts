import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { ChildRegionDocument } from '@qz/persistence';
import type { PremiumBasis } from '../policy/policy.rules';
import type { AppliedStandard } from '../policy/policy.service';

/** One decision: the amount, the ground, the rule and the standards it used. */
export interface PremiumDecision {
  basis: PremiumBasis | null;
  contributionFen: number;
  ratioBp: number;
  capFen: number | null;
  amountFen: number;
  rule: string;
  contributionStandard: AppliedStandard;
  subsidyStandard: AppliedStandard | null;
  computedOn: string;
  computedAt: Date;
  /** What made it compute: an event type and id, or a person's record. */
  cause: string;
}

/**
 * A child's insurance-premium subsidy for one contribution year (四(三)2), recomputed when the
 * child's categories or benefits change. Earlier decisions of the year stay in `history`; other
 * years are other documents, so a new year's standard never touches last year's decision.
 * `_id` is `<childId>:<year>`.
 */
@Schema({ collection: 'premium_subsidies', versionKey: false })
export class PremiumSubsidyDocument extends ChildRegionDocument implements PremiumDecision {
  @Prop({ required: true })
  year: number;

  @Prop({ type: String, default: null })
  basis: PremiumBasis | null;

  @Prop({ required: true })
  contributionFen: number;

  @Prop({ required: true })
  ratioBp: number;

  @Prop({ type: Number, default: null })
  capFen: number | null;

  @Prop({ required: true })
  amountFen: number;

  @Prop({ required: true })
  rule: string;

  @Prop({ type: Object, required: true })
  contributionStandard: AppliedStandard;

  @Prop({ type: Object, default: null })
  subsidyStandard: AppliedStandard | null;

  @Prop({ required: true })
  computedOn: string;

  @Prop({ required: true })
  computedAt: Date;

  @Prop({ required: true })
  cause: string;

  @Prop({ required: true, default: 1 })
  revision: number;

  @Prop({ type: [Object], default: [] })
  history: PremiumDecision[];
}

export const PremiumSubsidySchema = SchemaFactory.createForClass(PremiumSubsidyDocument);
// A child's subsidies (Child.health.premiumSubsidies, batched by child id).
PremiumSubsidySchema.index({ childId: 1 });
