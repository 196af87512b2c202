import { Module } from '@nestjs/common';
import { ChildReference } from '@qz/child-replica';
import { subgraphInfrastructure } from '@qz/platform';
import { ChildEducationModule } from './child-education/child-education.module';

@Module({
  imports: [
    ...subgraphInfrastructure({ service: 'education', orphanedTypes: [ChildReference] }),
    ChildEducationModule,
  ],
})
export class AppModule {}
