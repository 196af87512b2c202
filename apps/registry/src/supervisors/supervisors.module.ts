import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ChildrenModule } from '../children/children.module';
import { RegionsModule } from '../regions/regions.module';
import { SupervisorRepository } from './supervisor.repository';
import { SupervisorResolver } from './supervisor.resolver';
import { SupervisorDocument, SupervisorSchema } from './supervisor.schema';
import { SupervisorService } from './supervisor.service';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: SupervisorDocument.name, schema: SupervisorSchema }]),
    ChildrenModule,
    RegionsModule,
  ],
  providers: [SupervisorRepository, SupervisorService, SupervisorResolver],
  exports: [SupervisorRepository],
})
export class SupervisorsModule {}
