import { Module } from '@nestjs/common';
import { ChildReplicaModule } from '@qz/child-replica';
import { ChildEducationResolver } from './child-education.resolver';

@Module({ imports: [ChildReplicaModule], providers: [ChildEducationResolver] })
export class ChildEducationModule {}
