import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';

@Module({ imports: [ChildrenModule], providers: [IdentityService, IdentityResolver] })
export class IdentityModule {}
