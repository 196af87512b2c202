import { Inject, Injectable } from '@nestjs/common';
import { PlanItemCompletedV1, type Envelope, type PlanItemCompletedPayload } from '@qz/contracts';
import type { Clock } from '@qz/kernel';
import { EventHandler } from '@qz/messaging/nest';
import { CLOCK } from '@qz/platform';
import { CaseSteps } from '../cases/case-steps';
import { CaseRepository } from '../cases/case.repository';
import type { StoredPlanItemCompletion } from './assessment.types';
import { planItemCompletionNote, planItemCompletionVerdict } from './plan-completion.rules';

/**
 * 四(二)4: education, health and assistance report the plan items they completed; each closes its
 * item on the case with a timeline entry (the case's status does not change). A redelivery finds
 * the item closed and changes nothing; an item the case does not hold, or another department's,
 * is refused (the event goes to the dead letters for a person to look at).
 */
@Injectable()
export class PlanCompletionHandler {
  private readonly steps: CaseSteps;

  constructor(
    private readonly cases: CaseRepository,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.steps = new CaseSteps(cases, clock);
  }

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
    return this.steps.retrying(async () => {
      const c = await this.cases.get(p.caseId);
      const plan = c.assessment?.plan ?? [];
      const verdict = planItemCompletionVerdict(plan, p, e.producer);
      if (verdict === 'done') return;
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
      await this.steps.write(
        c,
        'PLAN_ITEM_COMPLETED',
        c.status,
        planItemCompletionNote(plan[index], p),
        e.actor,
        { $set: { [`assessment.plan.${index}.completion`]: completion } },
        [],
      );
    });
  }
}
