import { Injectable } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { buildRegionTree, parseRegionFile } from './region-tree';
import { RegionRepository } from './region.repository';

/** Imports a region file (CSV or JSON) into the tree: all rows or none. */
@Injectable()
export class RegionImportService {
  constructor(private readonly regions: RegionRepository) {}

  async importFile(path: string): Promise<{ imported: number }> {
    const rows = parseRegionFile(path, await readFile(path, 'utf8'));
    const nodes = buildRegionTree(rows, await this.regions.all());
    await this.regions.upsertMany(nodes);
    return { imported: nodes.length };
  }
}
