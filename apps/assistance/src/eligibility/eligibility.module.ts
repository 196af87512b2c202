import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ChildReplicaModule } from '@qz/child-replica';
import { BenefitsModule } from '../benefits/benefits.module';
import { ProposalRepository } from './proposal.repository';
import { ProposalResolver } from './proposal.resolver';
import { ProposalDocument, ProposalSchema } from './proposal.schema';
import { ProposalService } from './proposal.service';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: ProposalDocument.name, schema: ProposalSchema }]),
    BenefitsModule,
    ChildReplicaModule,
  ],
  providers: [ProposalRepository, ProposalService, ProposalResolver],
  exports: [ProposalRepository, ProposalService],
})
export class EligibilityModule {}
