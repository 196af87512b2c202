import { Module } from '@nestjs/common';
import { AssistanceTopics } from '@qz/contracts';
import { ChildReference, childRegionsFromReplica, RegionReference } from '@qz/child-replica';
import { subgraphInfrastructure } from '@qz/platform';
import { assistancePolicy } from './access/policy';
import { BenefitsModule } from './benefits/benefits.module';
import { assistanceConfigSchema } from './config';
import { ChildAssistanceModule } from './child-assistance/child-assistance.module';
import { EligibilityModule } from './eligibility/eligibility.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { IntakeModule } from './intake/intake.module';
import { PaymentRollsModule } from './payment-rolls/payment-rolls.module';
import { StandardsModule } from './standards/standards.module';

const OUTBOX_COLLECTIONS = ['benefits', 'applications'];
const PRODUCES = Object.values(AssistanceTopics);

@Module({
  imports: [
    ...subgraphInfrastructure({
      service: 'assistance',
      outboxCollections: OUTBOX_COLLECTIONS,
      produces: PRODUCES,
      orphanedTypes: [ChildReference, RegionReference],
      configSchema: assistanceConfigSchema,
      access: { policy: assistancePolicy, childRegions: childRegionsFromReplica },
    }),
    StandardsModule,
    BenefitsModule,
    EligibilityModule,
    PaymentRollsModule,
    IntakeModule,
    ChildAssistanceModule,
    IndicatorsModule,
  ],
})
export class AppModule {}
