import { Module } from '@nestjs/common';
import { ChildReference } from '@qz/child-replica';
import { MandatoryReportRaisedV1 } from '@qz/contracts';
import { subgraphInfrastructure } from '@qz/platform';
import { AidModule } from './aid/aid.module';
import { ChildCategoriesModule } from './child-categories/child-categories.module';
import { ChildEducationModule } from './child-education/child-education.module';
import { educationConfigSchema } from './config';
import { DropoutModule } from './dropout/dropout.module';
import { SchoolsModule } from './schools/schools.module';
import { StudentsModule } from './students/students.module';

@Module({
  imports: [
    ...subgraphInfrastructure({
      service: 'education',
      orphanedTypes: [ChildReference],
      outboxCollections: ['students', 'dropout_cases'],
      produces: [MandatoryReportRaisedV1.topic],
      configSchema: educationConfigSchema,
    }),
    SchoolsModule,
    StudentsModule,
    DropoutModule,
    AidModule,
    ChildCategoriesModule,
    ChildEducationModule,
  ],
})
export class AppModule {}
