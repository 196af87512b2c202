import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ChildFactsRepository } from './child-facts.repository';
import { ChildFactsDocument, ChildFactsSchema } from './child-facts.schema';

@Module({
  imports: [MongooseModule.forFeature([{ name: ChildFactsDocument.name, schema: ChildFactsSchema }])],
  providers: [ChildFactsRepository],
  exports: [ChildFactsRepository],
})
export class FactsModule {}
