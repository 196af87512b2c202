import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ChildReplicaModule } from '@qz/child-replica';
import { EducationSettings } from '../common/education-settings';
import { SchoolsModule } from '../schools/schools.module';
import { StudentsModule } from '../students/students.module';
import { DropoutService } from './dropout.service';
import { DropoutCaseRepository } from './dropout-case.repository';
import { DropoutCaseResolver } from './dropout-case.resolver';
import { DropoutCaseDocument, DropoutCaseSchema } from './dropout-case.schema';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: DropoutCaseDocument.name, schema: DropoutCaseSchema }]),
    ChildReplicaModule,
    SchoolsModule,
    StudentsModule,
  ],
  providers: [DropoutCaseRepository, DropoutService, DropoutCaseResolver, EducationSettings],
  exports: [DropoutCaseRepository, DropoutService],
})
export class DropoutModule {}
