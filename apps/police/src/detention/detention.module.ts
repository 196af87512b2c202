import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ChildReplicaModule } from '@qz/child-replica';
import { DetaineeChildCareTaskResolver, DetaineeChildResolver } from './detention-details.resolver';
import { DetainedParentRepository } from './detention.repository';
import { DetentionResolver } from './detention.resolver';
import { DetainedParentDocument, DetainedParentSchema } from './detention.schema';
import { DetentionService } from './detention.service';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: DetainedParentDocument.name, schema: DetainedParentSchema }]),
    ChildReplicaModule,
  ],
  providers: [
    DetainedParentRepository,
    DetentionService,
    DetentionResolver,
    DetaineeChildResolver,
    DetaineeChildCareTaskResolver,
  ],
})
export class DetentionModule {}
