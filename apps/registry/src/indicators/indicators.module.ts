import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ChildrenModule } from '../children/children.module';
import { RegionsModule } from '../regions/regions.module';
import { SupervisorDocument, SupervisorSchema } from '../supervisors/supervisor.schema';
import { RegistryIndicatorsResolver } from './registry-indicators.resolver';
import { RegistryIndicatorsService } from './registry-indicators.service';

/** Region.registryIndicators: the registry's part of docs/domain/indicators.md. */
@Module({
  imports: [
    ChildrenModule,
    RegionsModule,
    MongooseModule.forFeature([{ name: SupervisorDocument.name, schema: SupervisorSchema }]),
  ],
  providers: [RegistryIndicatorsService, RegistryIndicatorsResolver],
})
export class IndicatorsModule {}
