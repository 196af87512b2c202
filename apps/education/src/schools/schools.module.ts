import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { SchoolRepository } from './school.repository';
import { SchoolResolver } from './school.resolver';
import { SchoolDocument, SchoolSchema } from './school.schema';
import { SchoolService } from './school.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: SchoolDocument.name, schema: SchoolSchema }])],
  providers: [SchoolRepository, SchoolService, SchoolResolver],
  exports: [SchoolRepository, SchoolService],
})
export class SchoolsModule {}
