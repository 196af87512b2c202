import { Module } from '@nestjs/common';
import { BenefitsModule } from '../benefits/benefits.module';
import { EligibilityModule } from '../eligibility/eligibility.module';
import { IntakeModule } from '../intake/intake.module';
import { PaymentRollsModule } from '../payment-rolls/payment-rolls.module';
import { IndicatorsResolver } from './indicators.resolver';
import { IndicatorsService } from './indicators.service';

@Module({
  imports: [BenefitsModule, EligibilityModule, IntakeModule, PaymentRollsModule],
  providers: [IndicatorsService, IndicatorsResolver],
})
export class IndicatorsModule {}
