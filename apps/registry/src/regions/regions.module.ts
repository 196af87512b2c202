import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { join } from 'node:path';
import { RegionImportService } from './region-import.service';
import { RegionRepository } from './region.repository';
import { RegionResolver } from './region.resolver';
import { RegionDocument, RegionSchema } from './region.schema';
import { RegionService } from './region.service';

/** The region tree the registry checks region codes against, and its queries. */
@Module({
  imports: [MongooseModule.forFeature([{ name: RegionDocument.name, schema: RegionSchema }])],
  providers: [RegionRepository, RegionService, RegionImportService, RegionResolver],
  exports: [RegionRepository, RegionService, RegionImportService],
})
export class RegionsModule {}

/**
 * The service imports at start (idempotent) the official table (the kernel's: Qinzhou's city,
 * counties and townships, NBS 2023) and the demo's villages under official townships
 * (`data/villages-demo.csv`, not official codes: see `data/README.md`); a real deployment loads
 * its villages with the region CLI. Only the service does: a command-line tool leaves the tree alone.
 */
@Module({ imports: [RegionsModule] })
export class ShippedRegionsModule implements OnApplicationBootstrap {
  constructor(private readonly importer: RegionImportService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.importer.importOfficialTable();
    await this.importer.importFile(join(__dirname, '..', '..', 'data', 'villages-demo.csv'));
  }
}
