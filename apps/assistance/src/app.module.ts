import { Module } from '@nestjs/common';
import { ChildReference } from '@qz/child-replica';
import { subgraphInfrastructure } from '@qz/platform';
import { ChildAssistanceModule } from './child-assistance/child-assistance.module';

@Module({
  imports: [
    ...subgraphInfrastructure({ service: 'assistance', orphanedTypes: [ChildReference] }),
    ChildAssistanceModule,
  ],
})
export class AppModule {}
