import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** One standard (see standards.rules.ts), keyed `<programme>:<region>:<effectiveFrom>`. */
@Schema({ collection: 'standards', versionKey: false })
export class StandardDocument {
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ required: true })
  programme: string;

  @Prop({ required: true })
  regionCode: string;

  @Prop({ required: true })
  effectiveFrom: string;

  @Prop({ type: String, default: null })
  effectiveTo: string | null;

  @Prop({ required: true, min: 0 })
  monthlyAmountFen: number;

  @Prop({ required: true, min: 0 })
  childUpliftPercent: number;
}

export const StandardSchema = SchemaFactory.createForClass(StandardDocument);
