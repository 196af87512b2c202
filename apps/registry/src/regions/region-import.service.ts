import { Injectable } from '@nestjs/common';
import { officialRegionTree } from '@qz/kernel';
import { readFile } from 'node:fs/promises';
import { buildRegionTree, parseRegionFile } from './region-tree';
import { RegionRepository } from './region.repository';

/** Imports a region file (CSV or JSON) into the tree: all rows or none. */
@Injectable()
export class RegionImportService {
  constructor(private readonly regions: RegionRepository) {}

  async importFile(path: string): Promise<{ imported: number }> {
    return this.importRows(parseRegionFile(path, await readFile(path, 'utf8')));
  }

  /** The official city, county and township codes (the kernel's NBS 2023 table). */
  importOfficialTable(): Promise<{ imported: number }> {
    return this.importRows(officialRegionTree().entries.map((e) => ({ ...e })));
  }

  private async importRows(rows: Record<string, unknown>[]): Promise<{ imported: number }> {
    const nodes = buildRegionTree(rows, await this.regions.all());
    await this.regions.upsertMany(nodes);
    return { imported: nodes.length };
  }
}
