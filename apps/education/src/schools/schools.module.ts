import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { SchoolRepository } from './school.repository';
import { SchoolResolver } from './school.resolver';
import { SchoolDocument, SchoolSchema } from './school.schema';

@Module({
  imports: [MongooseModule.forFeature([{ name: SchoolDocument.name, schema: SchoolSchema }])],
  providers: [SchoolRepository, SchoolResolver],
  exports: [SchoolRepository],
})
export class SchoolsModule {}
