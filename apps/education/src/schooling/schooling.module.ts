import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ChildReplicaModule } from '@qz/child-replica';
import { DropoutModule } from '../dropout/dropout.module';
import { StudentsModule } from '../students/students.module';
import { SchoolingRepository } from './schooling.repository';
import { SchoolingResolver } from './schooling.resolver';
import { SchoolingRecordDocument, SchoolingRecordSchema } from './schooling.schema';
import { SchoolingService } from './schooling.service';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: SchoolingRecordDocument.name, schema: SchoolingRecordSchema }]),
    ChildReplicaModule,
    StudentsModule,
    DropoutModule,
  ],
  providers: [SchoolingRepository, SchoolingService, SchoolingResolver],
  exports: [SchoolingRepository],
})
export class SchoolingModule {}
