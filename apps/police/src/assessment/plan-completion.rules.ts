import { PLAN_ITEM_SERVICE, type PlanItemCompletedPayload } from '@qz/contracts';
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
