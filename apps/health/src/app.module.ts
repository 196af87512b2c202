import { Module } from '@nestjs/common';
import { ChildReference } from '@qz/child-replica';
import { subgraphInfrastructure } from '@qz/platform';
import { ChildHealthModule } from './child-health/child-health.module';
import { PolicyModule } from './policy/policy.module';
import { PremiumModule } from './premium/premium.module';

@Module({
  imports: [
    ...subgraphInfrastructure({ service: 'health', orphanedTypes: [ChildReference] }),
    PolicyModule,
    PremiumModule,
    ChildHealthModule,
  ],
})
export class AppModule {}
