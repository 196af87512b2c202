import { Module } from '@nestjs/common';
import { AssistanceTopics, PlanItemCompletedV1 } from '@qz/contracts';
import {
  ChildReference,
  ChildReplicaHooks,
  ChildReplicaModule,
  childRegionsFromReplica,
  RegionReference,
} from '@qz/child-replica';
import { PLAN_ITEMS_COLLECTION, PlanItemsModule } from '@qz/plan-items';
import { subgraphInfrastructure } from '@qz/platform';
import { assistancePolicy } from './access/policy';
import { BenefitsModule } from './benefits/benefits.module';
import { assistanceConfigSchema } from './config';
import { ChildAssistanceModule } from './child-assistance/child-assistance.module';
import { ChildRecordsModule } from './child-records/child-records.module';
import { EligibilityModule } from './eligibility/eligibility.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { IntakeModule } from './intake/intake.module';
import { PaymentRollsModule } from './payment-rolls/payment-rolls.module';
import { StandardsModule } from './standards/standards.module';

const OUTBOX_COLLECTIONS = ['benefits', 'applications', PLAN_ITEMS_COLLECTION];
const PRODUCES = [...Object.values(AssistanceTopics), PlanItemCompletedV1.ASSISTANCE.topic];

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
    ChildRecordsModule,
    IndicatorsModule,
    PlanItemsModule.forDepartment('ASSISTANCE', { module: ChildReplicaModule, hooks: ChildReplicaHooks }),
  ],
})
export class AppModule {}
