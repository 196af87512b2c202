import { Module } from '@nestjs/common';
import { AppliedStandardRegionResolver, PolicyStandardRegionResolver } from './standard-region.resolver';
import { MongooseModule } from '@nestjs/mongoose';
import { PolicyStandardRepository } from './policy-standard.repository';
import { PolicyStandardDocument, PolicyStandardSchema } from './policy-standard.schema';
import { PolicyResolver } from './policy.resolver';
import { PolicyService } from './policy.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: PolicyStandardDocument.name, schema: PolicyStandardSchema }])],
  providers: [
    PolicyStandardRepository,
    PolicyService,
    PolicyResolver,
    PolicyStandardRegionResolver,
    AppliedStandardRegionResolver,
  ],
  exports: [PolicyService],
})
export class PolicyModule {}
