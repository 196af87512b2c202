import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { RegionsModule } from '../regions/regions.module';
import { ChildRepository } from './child.repository';
import { ChildResolver } from './child.resolver';
import { ChildDocument, ChildSchema } from './child.schema';
import { RegisterChildService } from './register-child.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: ChildDocument.name, schema: ChildSchema }]), RegionsModule],
  providers: [ChildRepository, RegisterChildService, ChildResolver],
})
export class ChildrenModule {}
