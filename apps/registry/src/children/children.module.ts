import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ClassificationService } from '../classification/classification.service';
import { RegionsModule } from '../regions/regions.module';
import { ChildListService } from './child-list.service';
import { ChildRecordResolver } from './child-record.resolver';
import { ChildRecordService } from './child-record.service';
import { ChildRepository } from './child.repository';
import { ChildResolver } from './child.resolver';
import { ChildDocument, ChildSchema } from './child.schema';
import { RegisterChildService } from './register-child.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: ChildDocument.name, schema: ChildSchema }]), RegionsModule],
  providers: [
    ChildRepository,
    ClassificationService,
    RegisterChildService,
    ChildListService,
    ChildResolver,
    ChildRecordService,
    ChildRecordResolver,
  ],
  exports: [ChildRepository, ClassificationService, ChildListService, RegisterChildService, MongooseModule],
})
export class ChildrenModule {}
