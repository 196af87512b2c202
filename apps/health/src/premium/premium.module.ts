import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ChildReplicaModule } from '@qz/child-replica';
import { FactsModule } from '../facts/facts.module';
import { PolicyModule } from '../policy/policy.module';
import { ChildFactsHandler } from './child-facts.handler';
import { FactsMergeListener } from './facts-merge.listener';
import { DisabilityResolver } from './disability.resolver';
import { PremiumSubsidyRepository } from './premium-subsidy.repository';
import { PremiumSubsidyDocument, PremiumSubsidySchema } from './premium-subsidy.schema';
import { PremiumSubsidyService } from './premium-subsidy.service';
import { PremiumSweep } from './premium-sweep';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: PremiumSubsidyDocument.name, schema: PremiumSubsidySchema }]),
    ChildReplicaModule,
    FactsModule,
    PolicyModule,
  ],
  providers: [
    PremiumSubsidyRepository,
    PremiumSubsidyService,
    PremiumSweep,
    ChildFactsHandler,
    DisabilityResolver,
    FactsMergeListener,
  ],
  exports: [PremiumSubsidyRepository, PremiumSubsidyService],
})
export class PremiumModule {}
