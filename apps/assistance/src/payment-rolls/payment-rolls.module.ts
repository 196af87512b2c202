import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { BenefitsModule } from '../benefits/benefits.module';
import { PaymentRollRepository } from './payment-roll.repository';
import { PaymentRollResolver } from './payment-roll.resolver';
import {
  PaymentDocument,
  PaymentRollDocument,
  PaymentRollSchema,
  PaymentSchema,
} from './payment-roll.schema';
import { PaymentRollService } from './payment-roll.service';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: PaymentRollDocument.name, schema: PaymentRollSchema },
      { name: PaymentDocument.name, schema: PaymentSchema },
    ]),
    BenefitsModule,
  ],
  providers: [PaymentRollRepository, PaymentRollService, PaymentRollResolver],
  exports: [PaymentRollRepository],
})
export class PaymentRollsModule {}
