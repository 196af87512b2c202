import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { join } from 'node:path';
import { RegionImportService } from './region-import.service';
import { RegionRepository } from './region.repository';
import { RegionResolver } from './region.resolver';
import { RegionDocument, RegionSchema } from './region.schema';

/** The region tree: the shipped Qinzhou file is imported at start (idempotent); more with the CLI. */
@Module({
  imports: [MongooseModule.forFeature([{ name: RegionDocument.name, schema: RegionSchema }])],
  providers: [RegionRepository, RegionImportService, RegionResolver],
  exports: [RegionRepository],
})
export class RegionsModule implements OnApplicationBootstrap {
  constructor(private readonly importer: RegionImportService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.importer.importFile(join(__dirname, '..', '..', 'data', 'regions-qinzhou.csv'));
  }
}
