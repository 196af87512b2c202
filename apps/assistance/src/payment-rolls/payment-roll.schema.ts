import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { ProgrammeTotal, RollLine } from './payment-roll.rules';

/**
 * The payment roll of one region for one month. `_id` is `<region>:<YYYY-MM>`: a second run for the
 * same region and month finds it instead of making another.
 */
@Schema({ collection: 'payment_rolls', versionKey: false })
export class PaymentRollDocument {
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ required: true })
  regionCode: string;

  @Prop({ required: true })
  month: string;

  /** GENERATING while its payments are being written; COMPLETE with its lines and totals. */
  @Prop({ type: String, required: true, enum: ['GENERATING', 'COMPLETE'] })
  status: 'GENERATING' | 'COMPLETE';

  @Prop({ required: true })
  startedAt: Date;

  @Prop({ type: Date, default: null })
  generatedAt: Date | null;

  @Prop({ type: [Object], default: [] })
  lines: RollLine[];

  @Prop({ type: [Object], default: [] })
  totals: ProgrammeTotal[];

  @Prop({ required: true, default: 0 })
  totalFen: number;
}

export const PaymentRollSchema = SchemaFactory.createForClass(PaymentRollDocument);

/**
 * One payment of one benefit for one month. `_id` is `<benefit id>:<YYYY-MM>`, the unique key that
 * makes a duplicate payment impossible — across runs, processes and overlapping regions' rolls.
 */
@Schema({ collection: 'payments', versionKey: false })
export class PaymentDocument {
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ required: true })
  rollId: string;

  @Prop({ required: true })
  benefitId: string;

  @Prop({ required: true })
  childId: string;

  @Prop({ required: true })
  programme: string;

  @Prop({ required: true })
  month: string;

  @Prop({ required: true, min: 0 })
  amountFen: number;
}

export const PaymentSchema = SchemaFactory.createForClass(PaymentDocument);
// The payments of a roll (equality on the roll id).
PaymentSchema.index({ rollId: 1 });
// The payments of some months, by any roll (PaymentRollRepository.paymentsForMonths, the indicators).
PaymentSchema.index({ month: 1 });
