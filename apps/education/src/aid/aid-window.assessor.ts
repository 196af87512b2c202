import { Injectable } from '@nestjs/common';
import { ChildReplicaRepository } from '@qz/child-replica';
import type { Assessment, WindowPartAssessor, WindowPartStage } from '@qz/window-parts';
import { aidWindowAssessment } from './aid.rules';

/**
 * Education aid asked for at a township window (四(四)1), assessed with the bureau's own rule of
 * 四(三)3 on the child's categories as the registry last announced them.
 */
@Injectable()
export class AidWindowAssessor implements WindowPartAssessor {
  constructor(private readonly replicas: ChildReplicaRepository) {}

  async assess(part: { childId: string }, _today: string, stage: WindowPartStage): Promise<Assessment> {
    const child = await this.replicas.findById(part.childId);
    return aidWindowAssessment(child ? child.categories : null, stage);
  }
}
