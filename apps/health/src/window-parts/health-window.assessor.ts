import { Injectable } from '@nestjs/common';
import { ChildReplicaRepository } from '@qz/child-replica';
import type { Assessment, WindowPartAssessor, WindowPartStage } from '@qz/window-parts';
import { ChildFactsRepository } from '../facts/child-facts.repository';
import { healthWindowAssessment } from './window-part.rules';

/**
 * Medical assistance, the premium subsidy (health commission) and rehabilitation (DPF) asked for at
 * a township window (四(四)1), assessed with this service's rules of 四(三)2. A child whose record
 * has not arrived here yet waits for the officer, and cannot be approved until it has.
 */
@Injectable()
export class HealthWindowAssessor implements WindowPartAssessor {
  constructor(
    private readonly replicas: ChildReplicaRepository,
    private readonly facts: ChildFactsRepository,
  ) {}

  async assess(
    part: { childId: string; kind: string },
    today: string,
    stage: WindowPartStage,
  ): Promise<Assessment> {
    const child = await this.replicas.findById(part.childId);
    if (!child)
      return {
        eligible: stage === 'arrival',
        rule: '四(四)1',
        note: 'the child is not known to health yet (no registry record has arrived)',
      };
    return healthWindowAssessment(part.kind, await this.facts.get(child.id), child.birthDate, today);
  }
}
