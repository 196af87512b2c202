import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ChildReplicaHooks, ChildReplicaModule } from '@qz/child-replica';
import { followingChildren } from '@qz/platform';
import { DetentionChildrenFollower } from './detention-children.follower';
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
    DetentionChildrenFollower,
    followingChildren(ChildReplicaHooks, DetentionChildrenFollower),
  ],
})
export class DetentionModule {}
