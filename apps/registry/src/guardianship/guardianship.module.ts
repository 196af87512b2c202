import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { GuardianshipResolver } from './guardianship.resolver';
import { GuardianshipService } from './guardianship.service';

@Module({ imports: [ChildrenModule], providers: [GuardianshipService, GuardianshipResolver] })
export class GuardianshipModule {}
