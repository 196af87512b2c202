import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { RegionPeriodDocument } from '@qz/persistence';

/** One standard (see standards.rules.ts), keyed `<programme>:<region>:<effectiveFrom>`. */
@Schema({ collection: 'standards', versionKey: false })
export class StandardDocument extends RegionPeriodDocument {
  @Prop({ required: true })
  programme: string;

  @Prop({ required: true, min: 0 })
  monthlyAmountFen: number;

  @Prop({ required: true, min: 0 })
  childUpliftPercent: number;
}

export const StandardSchema = SchemaFactory.createForClass(StandardDocument);
