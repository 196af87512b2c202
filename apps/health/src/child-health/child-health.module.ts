import { Module } from '@nestjs/common';
import { ChildReplicaModule } from '@qz/child-replica';
import { ChildHealthResolver } from './child-health.resolver';

@Module({ imports: [ChildReplicaModule], providers: [ChildHealthResolver] })
export class ChildHealthModule {}
