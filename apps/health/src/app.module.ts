import { Module } from '@nestjs/common';
import { ChildReference } from '@qz/child-replica';
import { subgraphInfrastructure } from '@qz/platform';
import { ApplicationsModule } from './applications/applications.module';
import { BudgetsModule } from './budgets/budgets.module';
import { ChildHealthModule } from './child-health/child-health.module';
import { PolicyModule } from './policy/policy.module';
import { PremiumModule } from './premium/premium.module';

@Module({
  imports: [
    ...subgraphInfrastructure({ service: 'health', orphanedTypes: [ChildReference] }),
    PolicyModule,
    PremiumModule,
    BudgetsModule,
    ApplicationsModule,
    ChildHealthModule,
  ],
})
export class AppModule {}
