import { Module } from '@nestjs/common';
import { ChildClassifiedV1, ChildRegisteredV1 } from '@qz/contracts';
import { subgraphConfigSchema, subgraphInfrastructure } from '@qz/platform';
import { z } from 'zod';
import { ClassificationModule } from './classification/classification.module';
import { ChildrenModule } from './children/children.module';
import { ImportModule } from './import/import.module';

@Module({
  imports: [
    ...subgraphInfrastructure({
      service: 'registry',
      outboxCollections: ['children'],
      produces: [ChildRegisteredV1.topic, ChildClassifiedV1.topic],
      configSchema: subgraphConfigSchema.extend({
        /** How often left-behind children are recomputed, so status ends on the 16th birthday. */
        CLASSIFICATION_SWEEP_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
      }),
    }),
    ChildrenModule,
    ClassificationModule,
    ImportModule,
  ],
})
export class AppModule {}
