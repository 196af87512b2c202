import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ChildReplicaModule } from '@qz/child-replica';
import { AidRepository } from './aid.repository';
import { AidResolver } from './aid.resolver';
import { AidProposalDocument, AidProposalSchema } from './aid.schema';
import { AidService } from './aid.service';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: AidProposalDocument.name, schema: AidProposalSchema }]),
    ChildReplicaModule,
  ],
  providers: [AidRepository, AidService, AidResolver],
  exports: [AidRepository, AidService],
})
export class AidModule {}
