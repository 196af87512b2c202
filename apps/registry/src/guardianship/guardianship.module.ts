import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { GuardianshipResolver } from './guardianship.resolver';
import { GuardianshipService } from './guardianship.service';
import { GuardianshipRevokedHandler } from './revocation.handler';

@Module({
  imports: [ChildrenModule],
  providers: [GuardianshipService, GuardianshipResolver, GuardianshipRevokedHandler],
})
export class GuardianshipModule {}
