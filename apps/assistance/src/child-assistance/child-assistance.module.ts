import { Module } from '@nestjs/common';
import { ChildReplicaModule } from '@qz/child-replica';
import { BenefitsModule } from '../benefits/benefits.module';
import { IntakeModule } from '../intake/intake.module';
import { EligibilityModule } from '../eligibility/eligibility.module';
import { ChildAssistanceFieldsResolver, ChildAssistanceResolver } from './child-assistance.resolver';

@Module({
  imports: [BenefitsModule, EligibilityModule, IntakeModule, ChildReplicaModule],
  providers: [ChildAssistanceResolver, ChildAssistanceFieldsResolver],
})
export class ChildAssistanceModule {}
