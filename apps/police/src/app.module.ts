import { Module } from '@nestjs/common';
import { ChildReference } from '@qz/child-replica';
import { subgraphInfrastructure } from '@qz/platform';
import { ChildProtectionModule } from './child-protection/child-protection.module';

@Module({
  imports: [
    ...subgraphInfrastructure({ service: 'police', orphanedTypes: [ChildReference] }),
    ChildProtectionModule,
  ],
})
export class AppModule {}
