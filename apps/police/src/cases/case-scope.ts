import { Injectable } from '@nestjs/common';
import { regionCovers, type Identity } from '@qz/identity';
import { outOfRegion } from '@qz/platform';
import { CaseRepository, type ProtectionCase } from './case.repository';

/** A case lies in the viewer's region when the viewer's region covers the case's region. */
export const caseInRegion = (viewer: Pick<Identity, 'regionCode'>, c: { regionCode: string }) =>
  regionCovers(viewer.regionCode, c.regionCode);

/** A case of a queue asked for `regionCode`: in that region's subtree and in the viewer's region. */
export const caseInQueue =
  (regionCode: string, viewer: Pick<Identity, 'regionCode'>) => (c: { regionCode: string }) =>
    regionCovers(regionCode, c.regionCode) && caseInRegion(viewer, c);

/**
 * Operations naming a case by its id: the case is loaded and refused when it lies outside the
 * viewer's region, before anything is read from it or written to it.
 */
@Injectable()
export class CaseScope {
  constructor(private readonly cases: CaseRepository) {}

  async get(caseId: string, viewer: Identity): Promise<ProtectionCase> {
    const c = await this.cases.get(caseId);
    if (!caseInRegion(viewer, c)) throw outOfRegion(`Case ${caseId}`);
    return c;
  }

  /** The cases of a child in the viewer's region; a case elsewhere refuses the whole question. */
  async ofChild(childId: string, viewer: Identity): Promise<ProtectionCase[]> {
    const cases = await this.cases.byChild(childId);
    const outside = cases.find((c) => !caseInRegion(viewer, c));
    if (outside) throw outOfRegion(`A case of child ${childId}`);
    return cases;
  }
}
