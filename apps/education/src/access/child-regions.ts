import type { ChildReplicaRepository } from '@qz/child-replica';
import { regionOfAncestry } from '@qz/kernel';
import type { ChildRegionLookup } from '@qz/platform';
import type { StudentRepository } from '../students/student.repository';

/**
 * Where a child named by id is, for region scoping of education's operations: an enrolled child
 * at the school's region (the school handles its students, wherever they live), any other at the
 * household region of the registry's replica. Unknown children are left out.
 */
export function educationChildRegions(
  students: StudentRepository,
  replicas: ChildReplicaRepository,
): ChildRegionLookup {
  return {
    async regionsOf(ids) {
      const [enrolled, known] = await Promise.all([students.findByIds(ids), replicas.findByIds(ids)]);
      const regions = new Map<string, string>();
      ids.forEach((id, i) => {
        const region = regionOfAncestry(enrolled[i]?.regionPath) ?? known[i]?.regionCode;
        if (region) regions.set(id, region);
      });
      return regions;
    },
  };
}
