import { ChildReplicaHooks, ChildReplicaModule } from '@qz/child-replica';
import { WindowPartsModule } from '@qz/window-parts';
import { FactsModule } from '../facts/facts.module';
import { HealthWindowAssessor } from './health-window.assessor';

/** Parts of one-window applications for the health commission and the DPF (四(四)1). */
export const HealthWindowPartsModule = WindowPartsModule.forService(
  'health',
  HealthWindowAssessor,
  [ChildReplicaModule, FactsModule],
  ChildReplicaHooks,
);
