import { Module } from '@nestjs/common';
import { registryEvents } from '@qz/contracts';
import { subgraphConfigSchema, subgraphInfrastructure } from '@qz/platform';
import { z } from 'zod';
import { ClassificationModule } from './classification/classification.module';
import { ChildrenModule } from './children/children.module';
import { GuardianshipModule } from './guardianship/guardianship.module';
import { IdentityModule } from './identity/identity.module';
import { PlacementModule } from './placement/placement.module';
import { ShippedRegionsModule } from './regions/regions.module';
import { SupervisorsModule } from './supervisors/supervisors.module';
import { VisitsModule } from './visits/visits.module';
import { ImportModule } from './import/import.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { AccessLogModule } from './access-log/access-log.module';
import { EscalationsModule } from './escalations/escalations.module';
import { registryPolicy } from './access/policy';
import { ChildRepository } from './children/child.repository';

@Module({
  imports: [
    ...subgraphInfrastructure({
      service: 'registry',
      access: {
        policy: registryPolicy,
        // The ledger itself tells where a child named by id lives.
        childRegions: {
          imports: [ChildrenModule],
          inject: [ChildRepository],
          useFactory: (ledger: ChildRepository) => ({ regionsOf: (ids) => ledger.regionsOf(ids) }),
        },
      },
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
    PlacementModule,
    IdentityModule,
    ShippedRegionsModule,
    SupervisorsModule,
    VisitsModule,
    ImportModule,
    AccessLogModule,
    IndicatorsModule,
    EscalationsModule,
  ],
})
export class AppModule {}
