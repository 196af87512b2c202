import { Module } from '@nestjs/common';
import { ChildRegisteredV1 } from '@qz/contracts';
import { subgraphInfrastructure } from '@qz/platform';
import { ChildrenModule } from './children/children.module';

@Module({
  imports: [
    ...subgraphInfrastructure({
      service: 'registry',
      outboxCollections: ['children'],
      produces: [ChildRegisteredV1.topic],
    }),
    ChildrenModule,
  ],
})
export class AppModule {}
