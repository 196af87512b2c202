import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { idsFilter } from '@qz/persistence';
import type { Model } from 'mongoose';
import type { RegionNode } from './region-tree';
import { RegionDocument, type RegionLevel } from './region.schema';

const toNode = (d: RegionDocument): RegionNode => ({
  code: d._id,
  name: d.name,
  level: d.level,
  parentCode: d.parentCode,
  path: d.path,
});

@Injectable()
export class RegionRepository {
  constructor(@InjectModel(RegionDocument.name) private readonly model: Model<RegionDocument>) {}

  async findByCode(code: string): Promise<RegionNode | null> {
    const d = await this.model.collection.findOne({ _id: code } as never);
    return d ? toNode(d as unknown as RegionDocument) : null;
  }

  async findByCodes(codes: readonly string[]): Promise<(RegionNode | null)[]> {
    const docs = await this.model.collection.find(idsFilter(codes) as never).toArray();
    const byCode = new Map(docs.map((d) => [String(d._id), toNode(d as unknown as RegionDocument)]));
    return codes.map((c) => byCode.get(c) ?? null);
  }

  /** The region and every region below it (optionally only one level), in code order. */
  async findSubtree(code: string, level?: RegionLevel, limit = 1000): Promise<RegionNode[]> {
    const filter: Record<string, unknown> = { path: code };
    if (level) filter.level = level;
    const docs = await this.model.collection
      .find(filter as never)
      .sort({ _id: 1 })
      .limit(limit)
      .toArray();
    return docs.map((d) => toNode(d as unknown as RegionDocument));
  }

  async all(): Promise<Map<string, RegionNode>> {
    const docs = await this.model.collection.find({}).toArray();
    return new Map(docs.map((d) => [String(d._id), toNode(d as unknown as RegionDocument)]));
  }

  /**
   * Inserts or updates regions by code; running it again with the same rows changes nothing and
   * writes nothing. One single-document update per changed region: FerretDB 1.24 on PostgreSQL
   * keeps a backend connection for each statement of a multi-statement upsert that matches an
   * existing document, and with more than its pool (50) stops answering anyone — so no bulkWrite.
   */
  async upsertMany(nodes: RegionNode[]): Promise<void> {
    const stored = await this.all();
    const same = (a: RegionNode, b: RegionNode | undefined) =>
      !!b &&
      a.name === b.name &&
      a.level === b.level &&
      a.parentCode === b.parentCode &&
      a.path.join('/') === b.path.join('/');
    for (const r of nodes.filter((n) => !same(n, stored.get(n.code))))
      await this.model.collection.updateOne(
        { _id: r.code } as never,
        { $set: { name: r.name, level: r.level, parentCode: r.parentCode, path: r.path } } as never,
        { upsert: true },
      );
  }
}
