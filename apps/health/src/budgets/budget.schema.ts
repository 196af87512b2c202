import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { BudgetProgramme } from './budget.rules';

export interface LimitChange {
  limitFen: number;
  reason: string;
  setBy: string;
  setAt: Date;
}

/**
 * The budget of one programme in one county for one year. `usedFen` is what approvals have
 * reserved, always the sum of `reservations` (application id → fen), changed only by the
 * conditional update that refuses to pass `limitFen`.
 */
@Schema({ collection: 'health_budgets', versionKey: false })
export class BudgetDocument {
  /** `<county>:<programme>:<year>` */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ required: true })
  regionCode: string;

  @Prop({ type: String, required: true })
  programme: BudgetProgramme;

  @Prop({ required: true })
  year: number;

  @Prop({ required: true })
  limitFen: number;

  @Prop({ required: true, default: 0 })
  usedFen: number;

  @Prop({ required: true, default: 0 })
  disbursedFen: number;

  @Prop({ type: Object, default: {} })
  reservations: Record<string, number>;

  @Prop({ type: Object, default: {} })
  disbursements: Record<string, number>;

  @Prop({ type: [Object], default: [] })
  limitHistory: LimitChange[];
}

export const BudgetSchema = SchemaFactory.createForClass(BudgetDocument);
// Budgets of a county (the budget usage per region), equality on the region code.
BudgetSchema.index({ regionCode: 1 });
