import { Module } from '@nestjs/common';
import { ChildReplicaHooks, ChildReplicaModule } from '@qz/child-replica';
import { WindowPartsModule } from '@qz/window-parts';
import { AidWindowAssessor } from './aid-window.assessor';
import { AidWindowFulfiller } from './aid-window.fulfiller';
import { AidWindowSync } from './aid-window.sync';
import { AidModule } from './aid.module';

/**
 * Education aid asked for at a township window (四(四)1), decided by the education bureau; an
 * approved part confirms (or links) the child's aid proposal (四(三)3), each naming the other.
 */
export const AidWindowPartsModule = WindowPartsModule.forService(
  'education',
  AidWindowAssessor,
  [ChildReplicaModule, AidModule],
  ChildReplicaHooks,
  AidWindowFulfiller,
);

/** The bureau's decision of a child's aid at its desk decides the child's pending window part too. */
@Module({ imports: [AidModule, AidWindowPartsModule], providers: [AidWindowSync] })
export class AidWindowSyncModule {}
