import { Injectable } from '@nestjs/common';
import type { RegionLevel } from './region.schema';
import { RegionRepository } from './region.repository';

/** The region tree as the graph reads it (changed only by imports: RegionImportService). */
@Injectable()
export class RegionService {
  constructor(private readonly tree: RegionRepository) {}

  findByCode(code: string) {
    return this.tree.findByCode(code);
  }

  /** Many regions in one store query (the graph's DataLoader batch); gaps for unknown codes. */
  findByCodes(codes: readonly string[]) {
    return this.tree.findByCodes(codes);
  }

  /** A region and every region below it, in code order (optionally one level). */
  findSubtree(code: string, level?: RegionLevel, limit?: number) {
    return this.tree.findSubtree(code, level, limit);
  }
}
