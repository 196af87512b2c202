import { Module } from '@nestjs/common';
import { ChildReplicaModule } from '@qz/child-replica';
import { CasesModule } from '../cases/cases.module';
import { ChildProtectionResolver } from './child-protection.resolver';

@Module({ imports: [ChildReplicaModule, CasesModule], providers: [ChildProtectionResolver] })
export class ChildProtectionModule {}
