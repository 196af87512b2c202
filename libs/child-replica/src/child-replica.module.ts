import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ChildReplicaHandler } from './child-replica.handler';
import { ChildReplicaReader } from './child-replica.reader';
import { ChildReplicaRepository } from './child-replica.repository';
import { ChildReplicaDocument, ChildReplicaSchema } from './child-replica.schema';

/** A department service's own copy of registry children, kept current from registry events. */
@Module({
  imports: [MongooseModule.forFeature([{ name: ChildReplicaDocument.name, schema: ChildReplicaSchema }])],
  providers: [ChildReplicaRepository, ChildReplicaReader, ChildReplicaHandler],
  exports: [ChildReplicaRepository, ChildReplicaReader],
})
export class ChildReplicaModule {}
