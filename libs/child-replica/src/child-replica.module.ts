import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ChildReplicaHandler } from './child-replica.handler';
import { ChildReplicaHooks } from './child-replica.hooks';
import { ChildReplicaReader } from './child-replica.reader';
import { ChildReplicaRepository } from './child-replica.repository';
import { ChildReplicaDocument, ChildReplicaSchema } from './child-replica.schema';

/**
 * A department service's one copy of registry children, kept current from the registry's child
 * events. Import it wherever the copy is read; its handler is registered once however often the
 * module is imported (NestJS modules are singletons).
 */
@Module({
  imports: [MongooseModule.forFeature([{ name: ChildReplicaDocument.name, schema: ChildReplicaSchema }])],
  providers: [ChildReplicaRepository, ChildReplicaReader, ChildReplicaHandler, ChildReplicaHooks],
  exports: [ChildReplicaRepository, ChildReplicaReader, ChildReplicaHooks],
})
export class ChildReplicaModule {}
