import { Module } from '@nestjs/common';
import { ChildReplicaHooks, ChildReplicaModule } from '@qz/child-replica';
import { followingChildren } from '@qz/platform';
import { AidModule } from '../aid/aid.module';
import { DropoutModule } from '../dropout/dropout.module';
import { SchoolingModule } from '../schooling/schooling.module';
import { StudentsModule } from '../students/students.module';
import { EducationChildRecords } from './child-records.follower';

/** Education's records follow a moved or merged child (EducationChildRecords). */
@Module({
  imports: [ChildReplicaModule, AidModule, DropoutModule, StudentsModule, SchoolingModule],
  providers: [EducationChildRecords, followingChildren(ChildReplicaHooks, EducationChildRecords)],
})
export class ChildRecordsModule {}
