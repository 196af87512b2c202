import { ChildReplicaHooks, ChildReplicaModule } from '@qz/child-replica';
import { WindowPartsModule } from '@qz/window-parts';
import { AidWindowAssessor } from './aid-window.assessor';

/** Education aid asked for at a township window (四(四)1), decided by the education bureau. */
export const AidWindowPartsModule = WindowPartsModule.forService(
  'education',
  AidWindowAssessor,
  [ChildReplicaModule],
  ChildReplicaHooks,
);
