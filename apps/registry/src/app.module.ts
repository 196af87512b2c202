import { Module } from '@nestjs/common';
import { registryEvents } from '@qz/contracts';
import { subgraphConfigSchema, subgraphInfrastructure } from '@qz/platform';
import { z } from 'zod';
import { ClassificationModule } from './classification/classification.module';
import { ChildrenModule } from './children/children.module';
import { GuardianshipModule } from './guardianship/guardianship.module';
import { IdentityModule } from './identity/identity.module';
import { ShippedRegionsModule } from './regions/regions.module';
import { SupervisorsModule } from './supervisors/supervisors.module';
import { VisitsModule } from './visits/visits.module';
import { ImportModule } from './import/import.module';

@Module({
  imports: [
    ...subgraphInfrastructure({
      service: 'registry',
      outboxCollections: ['children'],
      produces: registryEvents.map((e) => e.topic),
      configSchema: subgraphConfigSchema.extend({
        /** How often left-behind children are recomputed, so status ends on the 16th birthday. */
        CLASSIFICATION_SWEEP_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
      }),
    }),
    ChildrenModule,
    ClassificationModule,
    GuardianshipModule,
    IdentityModule,
    ShippedRegionsModule,
    SupervisorsModule,
    VisitsModule,
    ImportModule,
  ],
})
export class AppModule {}
