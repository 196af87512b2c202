import type { ChildRegionLookup, ChildRegionsProvider } from '@qz/platform';
import { ChildReplicaModule } from './child-replica.module';
import { ChildReplicaRepository } from './child-replica.repository';

/**
 * The access layer's region check for a department: where a child named by id lives, from the
 * replica (its current region, so a moved child's records are seen by the new region's staff).
 */
export const childRegionsFromReplica: ChildRegionsProvider = {
  imports: [ChildReplicaModule],
  inject: [ChildReplicaRepository],
  useFactory: (replicas: ChildReplicaRepository): ChildRegionLookup => ({
    regionsOf: (childIds) => replicas.regionsOf(childIds),
  }),
};
