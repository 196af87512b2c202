import type { PlanItemAssignedPayload, PlanItemDepartment } from '@qz/contracts';
import { DomainError, regionAncestry } from '@qz/kernel';
import type { PlanItemDocument } from './plan-item.schema';

/**
 * 四(二)4: a plan item is delivered by the department the township named on it (police's
 * `department`: social assistance and emergency shelter civil affairs', medical treatment and
 * counselling health's, behaviour correction the school's — unless the township names another).
 * Each department's service queues only its own; the township's guidance and justice's legal aid
 * are not sent as events (police keeps them on the case).
 */
export const isForDepartment = (
  p: Pick<PlanItemAssignedPayload, 'department'>,
  department: PlanItemDepartment,
) => p.department === department;

/** The queue entry an assignment makes (its id is police's item id). */
export function planItemOf(
  p: PlanItemAssignedPayload,
  event: { id: string; occurredOn: string },
): PlanItemDocument {
  return {
    _id: p.itemId,
    caseId: p.caseId,
    childId: p.childId,
    regionCode: p.regionCode,
    regionPath: regionAncestry(p.regionCode),
    service: p.service,
    department: p.department,
    description: p.description,
    dueOn: p.dueOn,
    assignedOn: event.occurredOn,
    assignedEventId: event.id,
    status: 'OPEN',
    completion: null,
  };
}

/** An open item is overdue from the day after its due date; an item without one never is. */
export const isPlanItemOverdue = (item: { status: string; dueOn: string | null }, today: string) =>
  item.status === 'OPEN' && !!item.dueOn && today > item.dueOn;

/** Completed by its due date (an item without one is on time). */
export const completedOnTime = (dueOn: string | null, completedOn: string) => !dueOn || completedOn <= dueOn;

/**
 * Why a completion is refused: the item is done already; the day is in the future (record what
 * has happened) or before the item was assigned.
 */
export function completionRefusal(
  item: { status: string; assignedOn: string },
  completedOn: string,
  today: string,
): DomainError | null {
  if (item.status !== 'OPEN')
    return new DomainError('PLAN_ITEM_ALREADY_COMPLETED', undefined, undefined, { field: 'input.itemId' });
  if (completedOn > today)
    return new DomainError(
      'DATE_IN_FUTURE',
      `input.completedOn ${completedOn} is in the future; record what has happened`,
      'invalid',
      { field: 'input.completedOn' },
    );
  if (completedOn < item.assignedOn)
    return new DomainError(
      'PLAN_ITEM_COMPLETED_BEFORE_ASSIGNED',
      `input.completedOn ${completedOn} is before the item was assigned (${item.assignedOn})`,
      'invalid',
      { field: 'input.completedOn' },
    );
  return null;
}

export const MAX_PLAN_ITEM_PAGE = 200;

/** Cursors are opaque to clients: the last item's id, base64url. */
export const planItemCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');

/** The page size and the id after which a page starts, or the error naming the bad argument. */
export function planItemPageArgs(
  first: number,
  after: string | null | undefined,
): { first: number; afterId: string | null } {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PLAN_ITEM_PAGE)
    throw new DomainError(
      'PAGE_SIZE_OUT_OF_RANGE',
      `first must be 1 to ${MAX_PLAN_ITEM_PAGE}, got ${first}`,
      'invalid',
      {
        field: 'first',
      },
    );
  if (after == null) return { first, afterId: null };
  const afterId = Buffer.from(after, 'base64url').toString('utf8');
  if (after.length > 100 || !/^[0-9A-Za-z:_-]{1,64}$/.test(afterId))
    throw new DomainError('INVALID_CURSOR', 'after is not a cursor this list gave out', 'invalid', {
      field: 'after',
    });
  return { first, afterId };
}
