import { Injectable } from '@nestjs/common';
import type { Actor } from '@qz/contracts';
import { DomainError, localDateInChina, parseLocalDate } from '@qz/kernel';
import { CaseStepService } from '../cases/case-steps';
import type { ProtectionCase } from '../cases/case.repository';
import type { CompleteCasePlanItemInput } from './assessment.inputs';
import type { StoredPlanItemCompletion } from './assessment.types';
import { ownCompletionRefusal, planCompletedOn } from './plan-completion.rules';

/**
 * 四(二)4: closes plan items on the case — a department's, reported by its event, or the
 * township's own and justice's, recorded here — and once the last item is done, records the plan
 * complete (`assessment.planCompletedOn` and a PLAN_COMPLETED timeline entry).
 */
@Injectable()
export class PlanCompletionService extends CaseStepService {
  /** Writes one item's completion with its timeline entry, then the plan's completion if due. */
  async closeItem(
    c: ProtectionCase,
    index: number,
    completion: StoredPlanItemCompletion,
    note: string,
    actor: Actor,
  ): Promise<ProtectionCase> {
    await this.steps.write(
      c,
      'PLAN_ITEM_COMPLETED',
      c.status,
      note,
      actor,
      { $set: { [`assessment.plan.${index}.completion`]: completion } },
      [],
    );
    return this.recordPlanCompleteIfDue(c.id, actor);
  }

  /**
   * Records the plan complete when every item is done and it is not recorded yet; also run when
   * a redelivered completion finds its item done (the step after it may not have been written).
   */
  recordPlanCompleteIfDue(caseId: string, actor: Actor): Promise<ProtectionCase> {
    return this.steps.retrying(async () => {
      const c = await this.cases.get(caseId);
      const a = c.assessment;
      const on = a ? planCompletedOn(a.plan) : null;
      if (!a || !on || a.planCompletedOn) return c;
      const late = a.plan.filter((i) => i.completion && !i.completion.onTime).length;
      return this.steps.write(
        c,
        'PLAN_COMPLETED',
        c.status,
        `every item of the plan done (${a.plan.length}, ${late ? `${late} late` : 'all on time'}); last on ${on}`,
        actor,
        { $set: { 'assessment.planCompletedOn': on } },
        [],
      );
    });
  }

  /** The township records its own item or justice's done (items no department's service receives). */
  completeOwn(input: CompleteCasePlanItemInput, actor: Actor): Promise<ProtectionCase> {
    const completedOn = parseLocalDate(input.completedOn, 'input.completedOn');
    return this.steps.retrying(async () => {
      const c = await this.cases.get(input.caseId);
      const plan = c.assessment?.plan ?? [];
      const index = plan.findIndex((i) => i.id === input.itemId);
      if (!c.assessment || index < 0)
        throw new DomainError('PLAN_ITEM_NOT_FOUND', undefined, undefined, { field: 'input.itemId' });
      const item = plan[index];
      const today = localDateInChina(this.clock.now());
      const refusal = ownCompletionRefusal(item, c.assessment.assessedOn, completedOn, today);
      if (refusal) throw refusal;
      const completion: StoredPlanItemCompletion = {
        completedOn,
        outcome: input.outcome,
        note: input.note.trim(),
        completedBy: input.completedBy.trim(),
        onTime: !item.dueOn || completedOn <= item.dueOn,
        eventId: null,
      };
      const timing = completion.onTime ? 'on time' : `late (due ${item.dueOn})`;
      const note = `${item.department} ${item.service} ${completion.outcome} on ${completedOn}, ${timing}, by ${completion.completedBy}: ${completion.note}`;
      return this.closeItem(c, index, completion, note, actor);
    });
  }
}
