import { ChildReplicaModule, ChildReplicaRepository } from '@qz/child-replica';
import type { ChildRegionLookup } from '@qz/platform';

/** Where a child lives, for the region check of operations naming a child: the child replica. */
export const childRegionsFromReplica = {
  imports: [ChildReplicaModule],
  inject: [ChildReplicaRepository],
  useFactory: (replicas: ChildReplicaRepository): ChildRegionLookup => ({
    async regionsOf(childIds) {
      const found = await replicas.findByIds(childIds);
      return new Map(found.flatMap((c) => (c ? [[c.id, c.regionCode] as [string, string]] : [])));
    },
  }),
};
