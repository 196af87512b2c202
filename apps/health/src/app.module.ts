import { Module } from '@nestjs/common';
import { ChildReference } from '@qz/child-replica';
import { subgraphInfrastructure } from '@qz/platform';
import { ChildHealthModule } from './child-health/child-health.module';

@Module({
  imports: [
    ...subgraphInfrastructure({ service: 'health', orphanedTypes: [ChildReference] }),
    ChildHealthModule,
  ],
})
export class AppModule {}
