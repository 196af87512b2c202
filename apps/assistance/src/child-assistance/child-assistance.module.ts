import { Module } from '@nestjs/common';
import { BenefitsModule } from '../benefits/benefits.module';
import { IntakeModule } from '../intake/intake.module';
import { EligibilityModule } from '../eligibility/eligibility.module';
import { ChildAssistanceFieldsResolver, ChildAssistanceResolver } from './child-assistance.resolver';

@Module({
  imports: [BenefitsModule, EligibilityModule, IntakeModule],
  providers: [ChildAssistanceResolver, ChildAssistanceFieldsResolver],
})
export class ChildAssistanceModule {}
