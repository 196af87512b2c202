import { Injectable } from '@nestjs/common';
import { PlanItemCompletedV1, type Envelope, type PlanItemCompletedPayload } from '@qz/contracts';
import { EventHandler } from '@qz/messaging/nest';
import { CaseRepository } from '../cases/case.repository';
import type { StoredPlanItemCompletion } from './assessment.types';
import { planItemCompletionNote, planItemCompletionVerdict } from './plan-completion.rules';
import { PlanCompletionService } from './plan-completion.service';

/**
 * 四(二)4: education, health and assistance report the plan items they completed; each closes its
 * item on the case with a timeline entry (the case's status does not change). A redelivery finds
 * the item closed and changes nothing; an item the case does not hold, or another department's,
 * is refused (the event goes to the dead letters for a person to look at). The last item done
 * records the plan complete.
 */
@Injectable()
export class PlanCompletionHandler {
  constructor(
    private readonly cases: CaseRepository,
    private readonly completions: PlanCompletionService,
  ) {}

  @EventHandler(PlanItemCompletedV1.EDUCATION)
  onEducation(e: Envelope<PlanItemCompletedPayload>) {
    return this.close(e);
  }

  @EventHandler(PlanItemCompletedV1.HEALTH)
  onHealth(e: Envelope<PlanItemCompletedPayload>) {
    return this.close(e);
  }

  @EventHandler(PlanItemCompletedV1.ASSISTANCE)
  onAssistance(e: Envelope<PlanItemCompletedPayload>) {
    return this.close(e);
  }

  private close(e: Envelope<PlanItemCompletedPayload>): Promise<void> {
    const p = e.payload;
    return this.completions.steps.retrying(async () => {
      const c = await this.cases.get(p.caseId);
      const plan = c.assessment?.plan ?? [];
      const verdict = planItemCompletionVerdict(plan, p, e.producer);
      if (verdict === 'done') {
        await this.completions.recordPlanCompleteIfDue(c.id, e.actor);
        return;
      }
      if (verdict !== 'apply')
        throw new Error(`${e.type} ${e.id}: plan item ${p.itemId} of case ${p.caseId}: ${verdict}`);
      const index = plan.findIndex((i) => i.id === p.itemId);
      const completion: StoredPlanItemCompletion = {
        completedOn: p.completedOn,
        outcome: p.outcome,
        note: p.note,
        completedBy: p.completedBy,
        onTime: p.onTime,
        eventId: e.id,
      };
      await this.completions.closeItem(c, index, completion, planItemCompletionNote(plan[index], p), e.actor);
    });
  }
}
