import { Module } from '@nestjs/common';
import {
  ChildReference,
  ChildReplicaHooks,
  ChildReplicaModule,
  ChildReplicaRepository,
  RegionReference,
} from '@qz/child-replica';
import { ApplicationPartDecidedV1, MandatoryReportRaisedV1, PlanItemCompletedV1 } from '@qz/contracts';
import { subgraphInfrastructure } from '@qz/platform';
import { PLAN_ITEMS_COLLECTION, PlanItemsModule } from '@qz/plan-items';
import { ApplicationPartReference, WINDOW_PARTS_COLLECTION } from '@qz/window-parts';
import { educationChildRegions } from './access/child-regions';
import { educationPolicy } from './access/policy';
import { AidModule } from './aid/aid.module';
import { AidWindowPartsModule, AidWindowSyncModule } from './aid/aid-window.module';
import { ChildEducationModule } from './child-education/child-education.module';
import { ChildRecordsModule } from './child-records/child-records.module';
import { educationConfigSchema } from './config';
import { DropoutModule } from './dropout/dropout.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { SchoolingModule } from './schooling/schooling.module';
import { SchoolsModule } from './schools/schools.module';
import { StudentRepository } from './students/student.repository';
import { StudentsModule } from './students/students.module';

@Module({
  imports: [
    ...subgraphInfrastructure({
      service: 'education',
      access: {
        policy: educationPolicy,
        // Where a child named by id is: its school's region once enrolled, else its household's.
        childRegions: {
          imports: [StudentsModule, ChildReplicaModule],
          inject: [StudentRepository, ChildReplicaRepository],
          useFactory: educationChildRegions,
        },
      },
      orphanedTypes: [ChildReference, RegionReference, ApplicationPartReference],
      outboxCollections: ['students', 'dropout_cases', PLAN_ITEMS_COLLECTION, WINDOW_PARTS_COLLECTION],
      produces: [
        MandatoryReportRaisedV1.topic,
        PlanItemCompletedV1.EDUCATION.topic,
        ApplicationPartDecidedV1.education.topic,
      ],
      configSchema: educationConfigSchema,
    }),
    SchoolsModule,
    StudentsModule,
    DropoutModule,
    AidModule,
    AidWindowPartsModule,
    AidWindowSyncModule,
    ChildEducationModule,
    ChildRecordsModule,
    IndicatorsModule,
    SchoolingModule,
    PlanItemsModule.forDepartment('EDUCATION', { module: ChildReplicaModule, hooks: ChildReplicaHooks }),
  ],
})
export class AppModule {}
