import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegionRepository, type RegionRow } from './region.repository';
import { RegionDocument, RegionSchema } from './region.schema';

/** The region tree the registry checks region codes against; shipped data is loaded at start. */
@Module({
  imports: [MongooseModule.forFeature([{ name: RegionDocument.name, schema: RegionSchema }])],
  providers: [RegionRepository],
  exports: [RegionRepository],
})
export class RegionsModule implements OnApplicationBootstrap {
  constructor(private readonly regions: RegionRepository) {}

  async onApplicationBootstrap(): Promise<void> {
    const file = join(__dirname, '..', '..', 'data', 'regions-qinzhou.json');
    await this.regions.upsertMany(JSON.parse(readFileSync(file, 'utf8')) as RegionRow[]);
  }
}
