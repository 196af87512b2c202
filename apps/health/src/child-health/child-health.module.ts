import { Module } from '@nestjs/common';
import { ChildReplicaModule } from '@qz/child-replica';
import { ApplicationsModule } from '../applications/applications.module';
import { FactsModule } from '../facts/facts.module';
import { PremiumModule } from '../premium/premium.module';
import { ChildHealthFieldsResolver, ChildHealthResolver } from './child-health.resolver';

@Module({
  imports: [ChildReplicaModule, FactsModule, PremiumModule, ApplicationsModule],
  providers: [ChildHealthResolver, ChildHealthFieldsResolver],
})
export class ChildHealthModule {}
