import { Module } from '@nestjs/common';
import { ChildReplicaModule } from '@qz/child-replica';
import { AidModule } from '../aid/aid.module';
import { DropoutModule } from '../dropout/dropout.module';
import { StudentsModule } from '../students/students.module';
import { ChildEducationFieldsResolver } from './child-education.fields.resolver';
import { ChildEducationResolver } from './child-education.resolver';

@Module({
  imports: [ChildReplicaModule, StudentsModule, DropoutModule, AidModule],
  providers: [ChildEducationResolver, ChildEducationFieldsResolver],
})
export class ChildEducationModule {}
