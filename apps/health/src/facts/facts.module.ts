import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ChildReplicaModule } from '@qz/child-replica';
import { ChildFactsRepository } from './child-facts.repository';
import { ChildFactsDocument, ChildFactsSchema } from './child-facts.schema';
import { ChildFactsService } from './child-facts.service';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: ChildFactsDocument.name, schema: ChildFactsSchema }]),
    ChildReplicaModule,
  ],
  providers: [ChildFactsRepository, ChildFactsService],
  exports: [ChildFactsRepository, ChildFactsService],
})
export class FactsModule {}
