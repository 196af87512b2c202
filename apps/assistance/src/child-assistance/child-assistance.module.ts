import { Module } from '@nestjs/common';
import { ChildReplicaModule } from '@qz/child-replica';
import { ChildAssistanceResolver } from './child-assistance.resolver';

@Module({ imports: [ChildReplicaModule], providers: [ChildAssistanceResolver] })
export class ChildAssistanceModule {}
