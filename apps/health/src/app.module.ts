import { Module } from '@nestjs/common';
import { ChildReference } from '@qz/child-replica';
import { subgraphConfigSchema, subgraphInfrastructure } from '@qz/platform';
import { z } from 'zod';
import { ApplicationsModule } from './applications/applications.module';
import { BudgetsModule } from './budgets/budgets.module';
import { ChildHealthModule } from './child-health/child-health.module';
import { PolicyModule } from './policy/policy.module';
import { PremiumModule } from './premium/premium.module';

@Module({
  imports: [
    ...subgraphInfrastructure({
      service: 'health',
      orphanedTypes: [ChildReference],
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
  ],
})
export class AppModule {}
