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

/**
 * The service name is also its Kafka consumer group. A run with a topic prefix (a test) gets a group
 * of its own: kafkajs' round-robin assigner gives a group member partitions of topics it did not
 * subscribe to, so two runs sharing the group `education` on one broker would take each other's
 * events. Production sets no prefix. (The lasting fix belongs in subgraphInfrastructure.)
 */
const SERVICE = `${process.env.KAFKA_TOPIC_PREFIX ?? ''}education`;

@Module({
  imports: [
    ...subgraphInfrastructure({
      service: SERVICE,
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
