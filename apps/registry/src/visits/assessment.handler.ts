import { Injectable, Logger } from '@nestjs/common';
import { AssessmentCompletedV1, type AssessmentCompletedPayload, type Envelope } from '@qz/contracts';
import { EventHandler } from '@qz/messaging/nest';
import { applyEventToChild } from '../children/apply-event';
import { ChildRepository } from '../children/child.repository';
import { scheduleAfterAssessment } from './assessment.rules';

/**
 * police.assessment.completed (四(二)4): the township's assessment of a child sets the child's
 * risk level and visit cadence in the ledger (四(一)3 动态管理), once per event. An assessment of
 * a child not identified in the ledger (no child id) changes nothing here.
 */
@Injectable()
export class AssessmentCompletedHandler {
  private readonly logger = new Logger(AssessmentCompletedHandler.name);

  constructor(private readonly children: ChildRepository) {}

  @EventHandler(AssessmentCompletedV1)
  async onAssessmentCompleted(e: Envelope<AssessmentCompletedPayload>): Promise<void> {
    const p = e.payload;
    if (!p.childId) return;
    const changed = await applyEventToChild(this.children, p.childId, e.id, (child) => {
      const visiting = scheduleAfterAssessment(child.visiting, {
        caseId: p.caseId,
        assessedOn: p.assessedOn,
        safety: p.safety,
        guardianship: p.guardianship,
        health: p.health,
      });
      return visiting ? { $set: { visiting } } : null;
    });
    if (changed) this.logger.log(`assessment of case ${p.caseId} set child ${changed.id}'s visit cadence`);
  }
}
