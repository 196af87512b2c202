import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Period } from '@qz/kernel';
import type { Model } from 'mongoose';
import { ChildDocument } from '../children/child.schema';
import { RegionRepository } from '../regions/region.repository';
import { SupervisorDocument } from '../supervisors/supervisor.schema';
import { computeRegistryIndicators, type Appointment, type ChildFacts } from './registry-indicators.rules';

/** Reads the facts of a region's subtree (projections only) and computes the registry's indicators. */
@Injectable()
export class RegistryIndicatorsService {
  constructor(
    @InjectModel(ChildDocument.name) private readonly children: Model<ChildDocument>,
    @InjectModel(SupervisorDocument.name) private readonly supervisors: Model<SupervisorDocument>,
    private readonly regions: RegionRepository,
  ) {}

  async of(regionCode: string, period: Period) {
    const [children, villages, townships, appointments] = await Promise.all([
      this.childFacts(regionCode),
      this.regions.findSubtree(regionCode, 'VILLAGE', 100_000),
      this.regions.findSubtree(regionCode, 'TOWNSHIP', 100_000),
      this.appointments(regionCode),
    ]);
    return computeRegistryIndicators(
      {
        children,
        villageCodes: villages.map((v) => v.code),
        townshipCodes: townships.map((t) => t.code),
        appointments,
      },
      period,
    );
  }

  private async childFacts(regionCode: string): Promise<ChildFacts[]> {
    const docs = await this.children.collection
      .find({ regionPath: regionCode, mergedInto: null } as never, {
        projection: {
          _id: 0,
          categoryCodes: 1,
          'classification.leftBehind': 1,
          'guardianship.state.situation': 1,
          'visits.visitedOn': 1,
        },
      })
      .toArray();
    return docs.map((d) => {
      const c = d as Record<string, any>;
      return {
        categoryCodes: c['categoryCodes'] ?? [],
        leftBehind: c['classification']?.leftBehind === true,
        guardianshipSituation: c['guardianship']?.state?.situation ?? null,
        visitDates: (c['visits'] ?? []).map((v: { visitedOn: string }) => v.visitedOn),
      };
    });
  }

  private async appointments(regionCode: string): Promise<Appointment[]> {
    const docs = await this.supervisors.collection
      .find({ regionPath: regionCode } as never, {
        projection: { _id: 0, role: 1, regionCode: 1, appointedOn: 1, endedOn: 1 },
      })
      .toArray();
    return docs.map((d) => ({
      role: String(d['role']),
      regionCode: String(d['regionCode']),
      appointedOn: String(d['appointedOn']),
      endedOn: (d['endedOn'] as string | null) ?? null,
    }));
  }
}
