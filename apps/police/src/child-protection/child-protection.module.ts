import { Module } from '@nestjs/common';
import { ChildReplicaModule } from '@qz/child-replica';
import { ChildProtectionResolver } from './child-protection.resolver';

@Module({ imports: [ChildReplicaModule], providers: [ChildProtectionResolver] })
export class ChildProtectionModule {}
