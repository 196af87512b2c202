import { Module } from '@nestjs/common';
import { ChildReference, childRegionsFromReplica, RegionReference } from '@qz/child-replica';
import { policeEvents } from '@qz/contracts';
import { subgraphConfigSchema, subgraphInfrastructure } from '@qz/platform';
import { z } from 'zod';
import { policePolicy } from './access/policy';
import { AccountabilityModule } from './accountability/accountability.module';
import { AssessmentModule } from './assessment/assessment.module';
import { CasesModule } from './cases/cases.module';
import { ChildProtectionModule } from './child-protection/child-protection.module';
import { DetentionModule } from './detention/detention.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { InterventionModule } from './intervention/intervention.module';
import { MissingSearchModule } from './missing-search/search.module';
import { ParentalOrderModule } from './orders/order.module';

@Module({
  imports: [
    ...subgraphInfrastructure({
      service: 'police',
      orphanedTypes: [ChildReference, RegionReference],
      outboxCollections: ['cases'],
      produces: policeEvents.map((e) => e.topic),
      access: {
        policy: policePolicy,
        // A child named by id lies where the registry says it lives (this department's replica).
        childRegions: childRegionsFromReplica,
      },
      configSchema: subgraphConfigSchema.extend({
        /** How often cases past their dispatch SLA are looked for and escalated. */
        DISPATCH_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
      }),
    }),
    ChildProtectionModule,
    CasesModule,
    AssessmentModule,
    InterventionModule,
    MissingSearchModule,
    ParentalOrderModule,
    AccountabilityModule,
    DetentionModule,
    IndicatorsModule,
  ],
})
export class AppModule {}
