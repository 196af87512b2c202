import { Module } from '@nestjs/common';
import {
  ChildReference,
  ChildReplicaHooks,
  ChildReplicaModule,
  childRegionsFromReplica,
  RegionReference,
} from '@qz/child-replica';
import {
  ApplicationPartDecidedV1,
  DisabilityCertificateRecordedV1,
  DisabilityCertificateWithdrawnV1,
  PlanItemCompletedV1,
} from '@qz/contracts';
import { PLAN_ITEMS_COLLECTION, PlanItemsModule } from '@qz/plan-items';
import { subgraphConfigSchema, subgraphInfrastructure } from '@qz/platform';
import { ApplicationPartReference, WINDOW_PARTS_COLLECTION } from '@qz/window-parts';
import { z } from 'zod';
import { healthPolicy } from './access/policy';
import { ApplicationsModule } from './applications/applications.module';
import { BudgetsModule } from './budgets/budgets.module';
import { ChildHealthModule } from './child-health/child-health.module';
import { CHILD_FACTS_COLLECTION } from './facts/child-facts.schema';
import { IndicatorsModule } from './indicators/indicators.module';
import { PolicyModule } from './policy/policy.module';
import { PremiumModule } from './premium/premium.module';
import { HealthWindowPartsModule } from './window-parts/window-parts.module';

@Module({
  imports: [
    ...subgraphInfrastructure({
      service: 'health',
      orphanedTypes: [ChildReference, RegionReference, ApplicationPartReference],
      outboxCollections: [PLAN_ITEMS_COLLECTION, WINDOW_PARTS_COLLECTION, CHILD_FACTS_COLLECTION],
      produces: [
        PlanItemCompletedV1.HEALTH.topic,
        ApplicationPartDecidedV1.health.topic,
        DisabilityCertificateRecordedV1.topic,
        DisabilityCertificateWithdrawnV1.topic,
      ],
      access: {
        policy: healthPolicy,
        // Where a child named in the arguments lives: this service's replica of the registry's children.
        childRegions: childRegionsFromReplica,
      },
      configSchema: subgraphConfigSchema.extend({
        /** How often every child's premium subsidy is recomputed (a new year, a lapsed benefit). */
        PREMIUM_SWEEP_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
      }),
    }),
    PolicyModule,
    PremiumModule,
    BudgetsModule,
    ApplicationsModule,
    ChildHealthModule,
    IndicatorsModule,
    PlanItemsModule.forDepartment('HEALTH', { module: ChildReplicaModule, hooks: ChildReplicaHooks }),
    HealthWindowPartsModule,
  ],
})
export class AppModule {}
