import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AidModule } from '../aid/aid.module';
import { ChildCategoriesRepository } from './child-categories.repository';
import { ChildCategoriesDocument, ChildCategoriesSchema } from './child-categories.schema';
import { ChildClassifiedHandler } from './child-classified.handler';
import { ChildCategoriesService } from './child-categories.service';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: ChildCategoriesDocument.name, schema: ChildCategoriesSchema }]),
    AidModule,
  ],
  providers: [ChildCategoriesRepository, ChildCategoriesService, ChildClassifiedHandler],
  exports: [ChildCategoriesRepository, ChildCategoriesService],
})
export class ChildCategoriesModule {}
