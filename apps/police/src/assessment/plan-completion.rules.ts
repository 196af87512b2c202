import { PLAN_ITEM_SERVICE, type PlanItemCompletedPayload } from '@qz/contracts';
import { DomainError } from '@qz/kernel';
import { completionRefusal } from '@qz/plan-items/rules';
import { isEventDepartment } from './assessment.rules';
import type { StoredPlanItem } from './assessment.types';

/**
 * 四(二)4: a department's report that it completed a plan item closes that item on the case, once.
 * 'apply' when the item is the producer's own and still open; 'done' when it was closed already
 * (a redelivery); otherwise why it cannot be applied: the case has no such item, or the item is
 * another department's (a service reports only the items police assigned to its department).
 */
export function planItemCompletionVerdict(
  plan: readonly StoredPlanItem[],
  p: Pick<PlanItemCompletedPayload, 'itemId' | 'department'>,
  producer: string,
): 'apply' | 'done' | 'unknown-item' | 'not-its-department' {
  const item = plan.find((i) => i.id === p.itemId);
  if (!item) return 'unknown-item';
  if (item.department !== p.department || PLAN_ITEM_SERVICE[p.department] !== producer)
    return 'not-its-department';
  return item.completion ? 'done' : 'apply';
}

/** The timeline's line for a completed item. */
export function planItemCompletionNote(item: StoredPlanItem, p: PlanItemCompletedPayload): string {
  const timing = p.onTime ? 'on time' : `late (due ${p.dueOn})`;
  return `${item.department} ${item.service} ${p.outcome} on ${p.completedOn}, ${timing}, by ${p.completedBy}: ${p.note}`;
}

/**
 * 四(二)4: the plan is complete when it has items and every one is done (each department's, the
 * township's and justice's); the day is the last item's. Null while an item is open.
 */
export function planCompletedOn(plan: readonly StoredPlanItem[]): string | null {
  if (!plan.length || plan.some((i) => !i.completion)) return null;
  return plan.map((i) => i.completion?.completedOn ?? '').sort()[plan.length - 1];
}

/**
 * 四(二)4: the township records in police the items no department's service receives — its own
 * guidance and justice's legal aid (the township hears from the justice bureau). An item sent to a
 * department is completed there; a done item, a future day or one before the assessment are refused.
 */
export function ownCompletionRefusal(
  item: StoredPlanItem,
  assessedOn: string,
  completedOn: string,
  today: string,
): DomainError | null {
  if (isEventDepartment(item.department))
    return new DomainError(
      'PLAN_ITEM_SENT_TO_DEPARTMENT',
      `plan item ${item.id} is ${item.department}'s: it is completed in that department's service`,
      'precondition',
      { field: 'input.itemId' },
    );
  return completionRefusal(
    { status: item.completion ? 'COMPLETED' : 'OPEN', assignedOn: assessedOn },
    completedOn,
    today,
  );
}
