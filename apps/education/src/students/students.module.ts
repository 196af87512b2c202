import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ChildReplicaModule } from '@qz/child-replica';
import { EducationSettings } from '../common/education-settings';
import { MandatoryReporter } from '../mandatory-report/mandatory-reporter';
import { SchoolsModule } from '../schools/schools.module';
import { AbsenceService } from './absence.service';
import { EnrolmentService } from './enrolment.service';
import { StudentRepository } from './student.repository';
import { EnrolmentResolver } from './enrolment.resolver';
import { SchoolStudentsResolver } from './school-students.resolver';
import { StudentResolver } from './student.resolver';
import { StudentDocument, StudentSchema } from './student.schema';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: StudentDocument.name, schema: StudentSchema }]),
    ChildReplicaModule,
    SchoolsModule,
  ],
  providers: [
    StudentRepository,
    EnrolmentService,
    AbsenceService,
    MandatoryReporter,
    StudentResolver,
    EnrolmentResolver,
    SchoolStudentsResolver,
    EducationSettings,
  ],
  exports: [StudentRepository, EnrolmentService, MandatoryReporter],
})
export class StudentsModule {}
